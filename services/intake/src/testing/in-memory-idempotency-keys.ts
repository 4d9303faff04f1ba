import { IdempotencyKeyReusedError } from '../application/application-errors';
import type { ClaimedKey, IdempotencyClaim, IdempotencyKeys } from '../application/idempotency';

interface Mapping {
  submissionId: string;
  requestHash: string;
  createdVersion?: number;
}

/** Idempotency keys in memory, with the rules of MongoIdempotencyKeys. */
export class InMemoryIdempotencyKeys implements IdempotencyKeys {
  readonly mappings = new Map<string, Mapping>();

  async claim({ scope, key, submissionId, requestHash }: IdempotencyClaim): Promise<ClaimedKey> {
    const existing = this.mappings.get(idOf(scope, key));
    if (!existing) {
      this.mappings.set(idOf(scope, key), { submissionId, requestHash });
      return { submissionId, claimed: true };
    }
    if (existing.requestHash !== requestHash) throw new IdempotencyKeyReusedError(key);
    return {
      submissionId: existing.submissionId,
      claimed: false,
      ...(existing.createdVersion !== undefined && { createdVersion: existing.createdVersion }),
    };
  }

  async markCreated(scope: string, key: string, version: number): Promise<void> {
    const existing = this.mappings.get(idOf(scope, key));
    if (existing) existing.createdVersion = version;
  }
}

const idOf = (scope: string, key: string) => `${scope} ${key}`;
