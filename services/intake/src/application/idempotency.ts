import { createHash } from 'node:crypto';

export interface IdempotencyClaim {
  /** Whose key it is: keys of different users never collide. */
  scope: string;
  key: string;
  /** The id to use if the key is new. */
  submissionId: string;
  /** Fingerprint of the request, to catch a key reused for a different one. */
  requestHash: string;
}

export interface ClaimedKey {
  submissionId: string;
  /** This call recorded the key, so no stream can exist yet. */
  claimed: boolean;
  /** The version the item was created with, once markCreated recorded it. */
  createdVersion?: number;
}

/**
 * Durable map from (scope, key) to the submission a request created. Implementations record the
 * mapping before the first event is appended (see docs/adr/0006-service-skeleton.md).
 */
export interface IdempotencyKeys {
  /** The submission id of this key: the claimed one when new, the recorded one after. */
  claim(claim: IdempotencyClaim): Promise<ClaimedKey>;
  /** Notes that the key's item was appended, so a retry answers without reading the stream. */
  markCreated(scope: string, key: string, version: number): Promise<void>;
}

/** Same use case and same parsed request give the same hash (schemas fix the key order). */
export const requestHash = (useCase: string, request: unknown): string =>
  createHash('sha256')
    .update(`${useCase}\n${JSON.stringify(request)}`)
    .digest('hex');
