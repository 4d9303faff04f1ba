import { Schema, type Connection, type Model } from 'mongoose';
import { IdempotencyKeyReusedError } from '../application/application-errors';
import type { ClaimedKey, IdempotencyClaim, IdempotencyKeys } from '../application/idempotency';
import { submissionStreamId } from '../application/submission-streams';
import { isDuplicateKey } from './mongo-errors';

interface IdempotencyKeyDocument {
  _id: string;
  scope: string;
  key: string;
  submissionId: string;
  streamId: string;
  requestHash: string;
  createdAt: Date;
  createdVersion?: number;
}

const schema = new Schema<IdempotencyKeyDocument>(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true },
    key: { type: String, required: true },
    submissionId: { type: String, required: true },
    streamId: { type: String, required: true },
    requestHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
    createdVersion: { type: Number },
  },
  { versionKey: false },
);
// The guard: one mapping per user and key, whoever inserts first wins.
schema.index({ scope: 1, key: 1 }, { unique: true });

/**
 * The _id is the scope and the key (neither contains a space), so a retry finds its mapping by
 * `_id` alone.
 */
const idOf = (scope: string, key: string) => `${scope} ${key}`;

/** Idempotency keys in MongoDB. Mappings are kept; they are small and double as an audit. */
export class MongoIdempotencyKeys implements IdempotencyKeys {
  private constructor(private readonly model: Model<IdempotencyKeyDocument>) {}

  static async open(connection: Connection): Promise<MongoIdempotencyKeys> {
    const model = connection.model<IdempotencyKeyDocument>(
      'intake:idempotency-key',
      schema,
      'intake_idempotency_keys',
    );
    await model.init();
    return new MongoIdempotencyKeys(model);
  }

  async claim({ scope, key, submissionId, requestHash }: IdempotencyClaim): Promise<ClaimedKey> {
    try {
      await this.model.create({
        _id: idOf(scope, key),
        scope,
        key,
        submissionId,
        streamId: submissionStreamId(submissionId),
        requestHash,
        createdAt: new Date(),
      });
      return { submissionId, claimed: true };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const existing = await this.model.findById(idOf(scope, key)).lean();
    if (!existing) throw new Error(`idempotency key ${key} vanished`);
    if (existing.requestHash !== requestHash) throw new IdempotencyKeyReusedError(key);
    return {
      submissionId: existing.submissionId,
      claimed: false,
      ...(existing.createdVersion !== undefined && { createdVersion: existing.createdVersion }),
    };
  }

  async markCreated(scope: string, key: string, version: number): Promise<void> {
    await this.model.updateOne({ _id: idOf(scope, key) }, { $set: { createdVersion: version } });
  }
}
