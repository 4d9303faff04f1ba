/**
 * The submission changed since the caller saw it. `stale`: the caller's If-Match version is old
 * (HTTP 412); `concurrent`: another write landed between our read and our append (HTTP 409).
 */
export class VersionConflictError extends Error {
  constructor(
    readonly kind: 'stale' | 'concurrent',
    readonly submissionId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`submission ${submissionId}: ${kind} version ${expected}, current ${actual}`);
    this.name = 'VersionConflictError';
  }
}

/** The same Idempotency-Key came back with a different request (HTTP 422). */
export class IdempotencyKeyReusedError extends Error {
  constructor(readonly key: string) {
    super(`idempotency key ${key} was used for a different request`);
    this.name = 'IdempotencyKeyReusedError';
  }
}
