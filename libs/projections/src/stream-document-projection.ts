import type { EventEnvelope } from '@opinion/contracts';
import type { Collection, Connection, mongo } from 'mongoose';
import { conditionIndex } from './condition-index';
import { foldStream, type Evolve } from './fold-stream';
import type { Projection } from './projection';

export interface StreamDocument<State> {
  _id: string;
  position: number;
  state: State;
}

export interface StreamDocumentProjectionOptions<State> {
  name: string;
  collection: string;
  categories: readonly string[];
  initial: () => State;
  evolve: Evolve<State>;
}

const DUPLICATE_KEY = 11000;
const MAX_CONFLICT_RETRIES = 5;

const isDuplicateKey = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { code?: number }).code === DUPLICATE_KEY ||
    ((error as { writeErrors?: Array<{ code?: number }> }).writeErrors ?? []).some(
      (writeError) => writeError.code === DUPLICATE_KEY,
    ));

/**
 * One read-model document per stream, holding the stream's position beside its state. Each
 * write is conditional on the position it was folded from, so duplicates are skipped and two
 * writers never overwrite each other (MongoDB updates one document atomically).
 */
export class StreamDocumentProjection<State> implements Projection {
  readonly name: string;
  readonly categories: readonly string[];
  private readonly documents: Collection<StreamDocument<State>>;
  private readonly conditionIndexed: () => Promise<void>;

  constructor(
    connection: Connection,
    private readonly options: StreamDocumentProjectionOptions<State>,
  ) {
    this.name = options.name;
    this.categories = options.categories;
    this.documents = connection.collection<StreamDocument<State>>(options.collection);
    this.conditionIndexed = conditionIndex(this.documents, { _id: 1, position: 1 });
  }

  async apply(events: readonly EventEnvelope[]): Promise<void> {
    const byStream = new Map<string, EventEnvelope[]>();
    for (const event of events) {
      byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.applyOnce(byStream);
      } catch (error) {
        // Another writer moved one of these documents: fold again from what it wrote.
        const conflict = isDuplicateKey(error) || error instanceof ConcurrentWriteError;
        if (!conflict || attempt >= MAX_CONFLICT_RETRIES) throw error;
      }
    }
  }

  async reset(): Promise<void> {
    await this.documents.deleteMany({});
  }

  async find(streamId: string): Promise<StreamDocument<State> | null> {
    return (await this.documents.findOne({
      _id: streamId,
    } as never)) as StreamDocument<State> | null;
  }

  private async applyOnce(byStream: Map<string, EventEnvelope[]>): Promise<void> {
    await this.conditionIndexed();
    const found = await this.documents
      .find({ _id: { $in: [...byStream.keys()] } } as never)
      .toArray();
    const current = new Map(found.map((doc) => [doc._id, doc as StreamDocument<State>]));
    const inserts: StreamDocument<State>[] = [];
    const replaces: mongo.AnyBulkWriteOperation<StreamDocument<State>>[] = [];
    for (const [streamId, streamEvents] of byStream) {
      const existing = current.get(streamId);
      const before = existing ?? { _id: streamId, position: 0, state: this.options.initial() };
      const after = foldStream(before, streamEvents, this.options.evolve);
      if (after.position === before.position) continue;
      const document = { _id: streamId, position: after.position, state: after.state };
      if (!existing) {
        inserts.push(document);
        continue;
      }
      replaces.push({
        replaceOne: {
          filter: { _id: streamId, position: before.position } as never,
          replacement: document as never,
        },
      });
    }
    // New streams (most of them in a rebuild) go in one plain insert: far cheaper than
    // conditional upserts, and a stream someone else created meanwhile fails as a duplicate.
    if (inserts.length > 0) await this.documents.insertMany(inserts as never[], { ordered: false });
    if (replaces.length > 0) {
      const result = await this.documents.bulkWrite(replaces, { ordered: false });
      if (result.matchedCount < replaces.length) throw new ConcurrentWriteError(this.name);
    }
  }
}

/** A read-model document moved between reading and writing it: fold again. */
class ConcurrentWriteError extends Error {
  constructor(projection: string) {
    super(`${projection}: a document changed while it was being folded`);
  }
}
