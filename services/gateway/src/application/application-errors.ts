import type { DownstreamName } from './ports/downstream';

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

/**
 * A service behind the gateway did not answer (503): a command may or may not have been applied,
 * so the caller retries with the same Idempotency-Key.
 */
export class DownstreamUnavailableError extends Error {
  constructor(
    readonly service: DownstreamName,
    cause: unknown,
  ) {
    super(`${service} unavailable: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'DownstreamUnavailableError';
  }
}

/** A service behind the gateway answered something it never answers (502). */
export class DownstreamAnswerError extends Error {
  constructor(
    readonly service: DownstreamName,
    detail: string,
  ) {
    super(`${service} answered unexpectedly: ${detail}`);
    this.name = 'DownstreamAnswerError';
  }
}
