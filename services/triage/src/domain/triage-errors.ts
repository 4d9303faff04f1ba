import type { Role } from '@opinion/contracts';

export type TriageRuleCode = 'not-found' | 'forbidden' | 'unknown-label' | 'invalid-taxonomy';

/**
 * A request triage's rules refuse; the HTTP edge maps the code to a status and adds the details
 * (the allowed labels, the fields in error) to the answer.
 */
export class TriageRuleError extends Error {
  constructor(
    readonly code: TriageRuleCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'TriageRuleError';
  }
}

/** The caller's If-Match names a version of the item's triage that is no longer current. */
export class StaleVersionError extends Error {
  constructor(
    readonly expected: number,
    readonly current: number,
  ) {
    super(`the item's triage is at version ${current}, not ${expected}: read it again`);
    this.name = 'StaleVersionError';
  }
}

/** Classification is the information office's work (信息编辑). */
export const mayCorrectClassification = (role: Role): boolean => role === 'editor';

/** Taxonomies are set by administrators (管理员: taxonomy, scoring rules). */
export const mayDefineTaxonomy = (role: Role): boolean => role === 'admin';

/** Retraining on demand: editors and administrators. */
export const mayRequestRetraining = (role: Role): boolean => role === 'editor' || role === 'admin';
