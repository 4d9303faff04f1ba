import { Schema, type Connection, type Model } from 'mongoose';

/** One event as stored inside its commit. */
export interface StoredEvent {
  eventId: string;
  type: string;
  version: number;
  streamPosition: number;
  globalPosition: number;
  actor: { userId: string; role: string; orgId: string };
  correlationId: string;
  causationId: string | null;
  data: unknown;
}

/**
 * All events of one append, in one document: MongoDB (and FerretDB, without transactions)
 * writes a single document atomically, so a command's events are stored all or none.
 */
export interface CommitDocument {
  _id: string;
  streamId: string;
  category: string;
  fromPosition: number;
  toPosition: number;
  globalFrom: number;
  globalTo: number;
  recordedAt: Date;
  published: boolean;
  events: StoredEvent[];
}

const commitSchema = new Schema<CommitDocument>(
  {
    _id: String,
    streamId: { type: String, required: true },
    category: { type: String, required: true },
    fromPosition: { type: Number, required: true },
    toPosition: { type: Number, required: true },
    globalFrom: { type: Number, required: true },
    globalTo: { type: Number, required: true },
    recordedAt: { type: Date, required: true },
    published: { type: Boolean, required: true },
    events: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, strict: 'throw' },
);
// The real concurrency guard: commits of a stream are contiguous, so whoever appends after
// version v writes a commit starting at v + 1, and only one such commit can exist.
commitSchema.index({ streamId: 1, fromPosition: 1 }, { unique: true });
commitSchema.index({ globalTo: 1 }, { unique: true });
commitSchema.index({ published: 1, category: 1, globalTo: 1 });

interface CounterDocument {
  _id: string;
  value: number;
}

const counterSchema = new Schema<CounterDocument>(
  { _id: String, value: Number },
  { versionKey: false },
);

export interface EventStoreModels {
  commits: Model<CommitDocument>;
  counters: Model<CounterDocument>;
}

export async function eventStoreModels(
  connection: Connection,
  collection = 'event_commits',
): Promise<EventStoreModels> {
  const commits = connection.model<CommitDocument>(
    `${collection}:commit`,
    commitSchema,
    collection,
  );
  const counters = connection.model<CounterDocument>(
    `${collection}:counter`,
    counterSchema,
    `${collection}_counters`,
  );
  await commits.init();
  await counters.init();
  return { commits, counters };
}
