/** Wrong username or password, or a user who may not sign in: one answer for all (401). */
export class InvalidCredentialsError extends Error {
  constructor() {
    super('invalid credentials');
    this.name = 'InvalidCredentialsError';
  }
}

/** No valid access token, or its session was revoked (401). */
export class UnauthenticatedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnauthenticatedError';
  }
}

/** Intake did not answer: the command may or may not have been applied (503; retry with the same Idempotency-Key). */
export class IntakeUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`intake unavailable: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'IntakeUnavailableError';
  }
}
