import { Schema, type Connection, type Model } from 'mongoose';
import type { CommitDocument } from './commit-document';
import { CommitFeed } from './commit-feed';
import { CommitLog, type CommitLogOptions } from './commit-log';
import { PositionCounter, type CounterDocument } from './position-counter';

const commitSchema = new Schema<CommitDocument>(
  {
    position: { type: Number, required: true },
    streamId: { type: String, required: true },
    category: { type: String, required: true },
    fromPosition: { type: Number, required: true },
    toPosition: { type: Number, required: true },
    recordedAt: { type: Date, required: true },
    events: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, strict: 'throw' },
);
// The concurrency guard: commits of a stream are contiguous, so whoever appends after version v
// writes a commit starting at v + 1, and only one such commit can exist. Also serves stream reads
// and the head.
commitSchema.index({ streamId: 1, fromPosition: 1 }, { unique: true });
// One commit per global position: readAll pages, and the arbiter between a late writer and a
// reader sealing its position.
commitSchema.index({ position: 1 }, { unique: true });
// A context's commits in log order: the relay and category-filtered replays.
commitSchema.index({ category: 1, position: 1 });

const counterSchema = new Schema<CounterDocument>(
  { _id: String, value: Number, logId: String },
  { versionKey: false },
);

export interface EventStoreModels {
  commits: Model<CommitDocument>;
  /** Names this log (see PositionCounter.logId). */
  logId: string;
  /** Hands out global positions. */
  counter: PositionCounter;
  /** Reads the log in position order without ever skipping a commit. */
  log: CommitLog;
  /** Announces this process's commits as they are stored. */
  feed: CommitFeed;
}

const feeds = new WeakMap<object, CommitFeed>();

const modelOn = <T>(connection: Connection, name: string, schema: Schema<T>, collection: string) =>
  // Reuse models already compiled on this connection: several components may open the store.
  (connection.models[name] as Model<T> | undefined) ??
  connection.model<T>(name, schema, collection);

export async function eventStoreModels(
  connection: Connection,
  collection = 'event_commits',
  logOptions: CommitLogOptions = {},
): Promise<EventStoreModels> {
  const commits = modelOn(connection, `${collection}:commit`, commitSchema, collection);
  const counters = modelOn(
    connection,
    `${collection}:counter`,
    counterSchema,
    `${collection}_counters`,
  );
  await commits.init();
  await counters.init();
  const feed = feeds.get(commits) ?? new CommitFeed();
  feeds.set(commits, feed);
  const counter = new PositionCounter(counters);
  return {
    commits,
    logId: await counter.logId(),
    counter,
    log: new CommitLog(commits, logOptions),
    feed,
  };
}
