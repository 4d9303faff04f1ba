import {
  newId,
  type EventEnvelope,
  type EventMetadata,
  type EventRegistry,
  type NewEvent,
} from '@opinion/contracts';
import type { CommitDocument, StoredEvent } from './commit-document';
import type { EventStoreModels } from './commit-model';
import { StreamOwnershipError, WrongExpectedVersionError, type ExpectedVersion } from './errors';
import { streamCategory } from './stream-id';
import { toEnvelope } from './to-envelope';

const DUPLICATE_KEY = 11000;
/** Category of the empty commits that fill positions lost to a race; never read or published. */
const VOID_CATEGORY = 'void';

export interface AppendResult {
  /** The stream's version after the append: the position of its last event. */
  nextExpectedVersion: number;
  events: EventEnvelope[];
}

export interface ReadOptions {
  /** Only events recorded at or before this instant: the store as it was then. */
  asOf?: Date;
}

export interface ReadAllOptions extends ReadOptions {
  /** Only streams of these categories: a reader need not know other contexts' event types. */
  categories?: readonly string[];
}

export interface EventStoreOptions {
  registry: EventRegistry;
  /** Stream categories this store may append to; every category may be read. */
  ownedCategories: readonly string[];
}

const isDuplicateKey = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: number }).code === DUPLICATE_KEY;

/**
 * Append-only event store on MongoDB. Each append is one commit document; the unique index on
 * (streamId, fromPosition) turns a concurrent append into WrongExpectedVersionError, and a
 * global counter gives every event a position in one total order for replay.
 */
export class EventStore {
  constructor(
    private readonly models: EventStoreModels,
    private readonly options: EventStoreOptions,
  ) {}

  async append(
    streamId: string,
    expected: ExpectedVersion,
    events: NewEvent[],
    metadata: EventMetadata,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const category = streamCategory(streamId);
    if (!this.options.ownedCategories.includes(category)) {
      throw new StreamOwnershipError(streamId, this.options.ownedCategories);
    }
    const validated = events.map((event) => ({
      ...event,
      data: this.options.registry.validate(event.type, event.version, event.data),
    }));

    const head = await this.versionToAppendAt(streamId, expected);
    const storedEvents = validated.map((event, index) => ({
      eventId: newId(),
      type: event.type,
      version: event.version,
      streamPosition: head + 1 + index,
      actor: metadata.actor,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      data: event.data,
    }));

    // The global position is taken only now, after the stream was read, so each stream's
    // commits get rising positions (see CommitSequence).
    const { sequence } = this.models;
    let commit: CommitDocument;
    for (;;) {
      commit = {
        _id: await sequence.candidate(),
        streamId,
        category,
        fromPosition: head + 1,
        toPosition: head + events.length,
        recordedAt: new Date(),
        published: false,
        events: storedEvents,
      };
      try {
        // The driver's insert, not a mongoose document: the commit is validated above.
        await this.models.commits.collection.insertOne(commit as never);
        break;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // FerretDB does not say which unique index refused the insert, so look.
        if (await this.models.commits.exists({ _id: commit._id })) {
          sequence.taken(commit._id);
          continue;
        }
        await this.voidPosition(commit._id);
        throw new WrongExpectedVersionError(streamId, expected, await this.head(streamId));
      }
    }
    await sequence.committed(commit._id);
    this.models.heads.advance(streamId, commit.toPosition);
    this.models.feed.announce(commit);
    return {
      nextExpectedVersion: commit.toPosition,
      events: commit.events.map((event) => toEnvelope(commit, event) as EventEnvelope),
    };
  }

  /**
   * The version the new commit follows. An exact expected version that the heads hint confirms
   * needs no query over the log: if the hint lags, the commit at that position exists and the
   * insert fails as a conflict. Otherwise the log decides (and the hint is brought up to date).
   */
  private async versionToAppendAt(streamId: string, expected: ExpectedVersion): Promise<number> {
    if (expected === 'no_stream') return 0;
    if (typeof expected === 'number') {
      const known = await this.models.heads.known(streamId, expected);
      if (known === expected) return known;
      if (known > expected) throw new WrongExpectedVersionError(streamId, expected, known);
    }
    const head = await this.head(streamId);
    if (head > 0) this.models.heads.advance(streamId, head);
    if (typeof expected === 'number' && head !== expected) {
      throw new WrongExpectedVersionError(streamId, expected, head);
    }
    return head;
  }

  /** The stream's version: the position of its last event, 0 when it has none. */
  async head(streamId: string): Promise<number> {
    const last = await this.models.commits
      .findOne({ streamId }, { toPosition: 1 })
      .sort({ fromPosition: -1 })
      .lean();
    return last?.toPosition ?? 0;
  }

  /** Events of one stream from a position on, validated and upcast to their latest versions. */
  async readStream(
    streamId: string,
    fromPosition = 1,
    options: ReadOptions = {},
  ): Promise<EventEnvelope[]> {
    const filter: Record<string, unknown> = { streamId, toPosition: { $gte: fromPosition } };
    if (options.asOf) filter.recordedAt = { $lte: options.asOf };
    const commits = await this.models.commits.find(filter).sort({ fromPosition: 1 }).lean();
    return this.unroll(commits, (event) => event.streamPosition >= fromPosition);
  }

  /**
   * Commits of every stream in global order from a global position on, at most `limit` commits
   * (never split: the events of one append share its position). Positions are dense; the order
   * is total and stable for replay, and a reader resumes at the last position it saw plus one.
   */
  async readAll(
    fromGlobalPosition: number,
    limit: number,
    options: ReadAllOptions = {},
  ): Promise<EventEnvelope[]> {
    const filter: Record<string, unknown> = { _id: { $gte: fromGlobalPosition } };
    if (options.asOf) filter.recordedAt = { $lte: options.asOf };
    filter.category = options.categories ? { $in: options.categories } : { $ne: VOID_CATEGORY };
    const commits = await this.models.commits.find(filter).sort({ _id: 1 }).limit(limit).lean();
    return this.unroll(commits, () => true);
  }

  /**
   * Fills a position whose append lost its race with an empty commit, so no writer that still
   * counts from an older position can take it later: positions then rise in commit order.
   */
  private async voidPosition(position: number): Promise<void> {
    const empty: CommitDocument = {
      _id: position,
      streamId: `${VOID_CATEGORY}-${position}`,
      category: VOID_CATEGORY,
      fromPosition: 1,
      toPosition: 0,
      recordedAt: new Date(),
      published: true,
      events: [],
    };
    await this.models.commits.collection.insertOne(empty as never).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
    });
  }

  /** The highest global position taken so far. */
  lastGlobalPosition(): Promise<number> {
    return this.models.sequence.lastTaken();
  }

  private unroll(
    commits: CommitDocument[],
    keep: (event: StoredEvent) => boolean,
  ): EventEnvelope[] {
    return commits.flatMap((commit) =>
      commit.events
        .filter(keep)
        .map((event) => this.options.registry.read(toEnvelope(commit, event))),
    );
  }
}
