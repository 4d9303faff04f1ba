import { Schema, type Connection, type Model } from 'mongoose';
import type { CommitDocument } from './commit-document';
import { CommitFeed } from './commit-feed';
import { CommitSequence, type SequenceHint } from './commit-sequence';
import { StreamHeads, type StreamHeadDocument } from './stream-heads';

const commitSchema = new Schema<CommitDocument>(
  {
    _id: Number,
    streamId: { type: String, required: true },
    category: { type: String, required: true },
    fromPosition: { type: Number, required: true },
    toPosition: { type: Number, required: true },
    recordedAt: { type: Date, required: true },
    published: { type: Boolean, required: true },
    events: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, strict: 'throw' },
);
// The real concurrency guard: commits of a stream are contiguous, so whoever appends after
// version v writes a commit starting at v + 1, and only one such commit can exist.
commitSchema.index({ streamId: 1, fromPosition: 1 }, { unique: true });
commitSchema.index({ published: 1, category: 1 });

const hintSchema = new Schema<SequenceHint>({ _id: String, next: Number }, { versionKey: false });
const headSchema = new Schema<StreamHeadDocument>(
  { _id: String, version: Number },
  { versionKey: false },
);

export interface EventStoreModels {
  commits: Model<CommitDocument>;
  /** Hands out global positions; shared by every store and relay on these models. */
  sequence: CommitSequence;
  /** Announces this process's commits as they are stored. */
  feed: CommitFeed;
  /** Each stream's version as last seen: a cheap check of an expected version. */
  heads: StreamHeads;
}

const feeds = new WeakMap<object, CommitFeed>();

const modelOn = <T>(connection: Connection, name: string, schema: Schema<T>, collection: string) =>
  // Reuse models already compiled on this connection: several components may open the store.
  (connection.models[name] as Model<T> | undefined) ??
  connection.model<T>(name, schema, collection);

export async function eventStoreModels(
  connection: Connection,
  collection = 'event_commits',
): Promise<EventStoreModels> {
  const commits = modelOn(connection, `${collection}:commit`, commitSchema, collection);
  const hints = modelOn(connection, `${collection}:hint`, hintSchema, `${collection}_hints`);
  const heads = modelOn(connection, `${collection}:head`, headSchema, `${collection}_heads`);
  await commits.init();
  await hints.init();
  await heads.init();
  const feed = feeds.get(commits) ?? new CommitFeed();
  feeds.set(commits, feed);
  return {
    commits,
    sequence: CommitSequence.for(commits, hints),
    feed,
    heads: new StreamHeads(heads),
  };
}
