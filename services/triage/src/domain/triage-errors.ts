import type { Role } from '@opinion/contracts';

export type TriageRuleCode = 'not-found' | 'forbidden' | 'unknown-label';

/** A request triage's rules refuse; the HTTP edge maps the code to a status. */
export class TriageRuleError extends Error {
  constructor(
    readonly code: TriageRuleCode,
    message: string,
  ) {
    super(message);
    this.name = 'TriageRuleError';
  }
}

/** Classification is the information office's work (信息编辑). */
export const mayCorrectClassification = (role: Role): boolean => role === 'editor';

/** Retraining on demand: editors and administrators. */
export const mayRequestRetraining = (role: Role): boolean => role === 'editor' || role === 'admin';
