/**
 * A command the rules refuse. The code says why, so that adapters can answer (HTTP 403, 404, 409
 * or 422) without parsing messages.
 */
export type SubmissionRuleCode =
  'not-found' | 'already-exists' | 'forbidden' | 'invalid-status' | 'incomplete-draft';

export class SubmissionRuleError extends Error {
  constructor(
    readonly code: SubmissionRuleCode,
    message: string,
    /** For an incomplete draft: the fields still missing or invalid. */
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = 'SubmissionRuleError';
  }
}
