export type IdentityRuleCode = 'not-found' | 'already-exists' | 'forbidden' | 'invalid';

/** A rule of the user or organisation aggregates was broken; the HTTP edge maps the code. */
export class IdentityRuleError extends Error {
  constructor(
    readonly code: IdentityRuleCode,
    message: string,
  ) {
    super(message);
    this.name = 'IdentityRuleError';
  }
}
