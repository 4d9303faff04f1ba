export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 5,
  initialDelayMs: 200,
  maxDelayMs: 5_000,
};

/** Exponential backoff with full jitter, so consumers that failed together do not retry together. */
export function backoffDelay(
  policy: RetryPolicy,
  failedAttempt: number,
  random = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (failedAttempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * An error that retrying cannot fix (a malformed message, a rule the event breaks): the message
 * goes to the dead-letter topic at once.
 */
export class PermanentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentError';
  }
}
