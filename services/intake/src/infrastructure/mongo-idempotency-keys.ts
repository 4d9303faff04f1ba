import { Schema, type Connection, type Model } from 'mongoose';
import { IdempotencyKeyReusedError } from '../application/application-errors';
import type { IdempotencyClaim, IdempotencyKeys } from '../application/idempotency';
import { submissionStreamId } from '../application/submission-streams';

interface IdempotencyKeyDocument {
  scope: string;
  key: string;
  submissionId: string;
  streamId: string;
  requestHash: string;
  createdAt: Date;
}

const schema = new Schema<IdempotencyKeyDocument>(
  {
    scope: { type: String, required: true },
    key: { type: String, required: true },
    submissionId: { type: String, required: true },
    streamId: { type: String, required: true },
    requestHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// The guard: one mapping per user and key, whoever inserts first wins.
schema.index({ scope: 1, key: 1 }, { unique: true });

const isDuplicateKey = (error: unknown) => (error as { code?: number } | null)?.code === 11000;

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

  async claim({ scope, key, submissionId, requestHash }: IdempotencyClaim): Promise<string> {
    try {
      await this.model.create({
        scope,
        key,
        submissionId,
        streamId: submissionStreamId(submissionId),
        requestHash,
        createdAt: new Date(),
      });
      return submissionId;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const existing = await this.model.findOne({ scope, key }).lean();
    if (!existing) throw new Error(`idempotency key ${key} vanished`);
    if (existing.requestHash !== requestHash) throw new IdempotencyKeyReusedError(key);
    return existing.submissionId;
  }
}
