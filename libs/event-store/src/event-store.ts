import {
  newId,
  type EventEnvelope,
  type EventMetadata,
  type EventRegistry,
  type NewEvent,
} from '@opinion/contracts';
import type { CommitDocument, EventStoreModels, StoredEvent } from './commit-model';
import { StreamOwnershipError, WrongExpectedVersionError, type ExpectedVersion } from './errors';
import { streamCategory } from './stream-id';
import { toEnvelope } from './to-envelope';

const DUPLICATE_KEY = 11000;
const GLOBAL_COUNTER = 'global';

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

    // A caller with an exact version read the stream after its last commit, so reserving the
    // global positions alongside the head check still keeps each stream's positions ascending.
    // With 'any' the head must be known first, for the same reason.
    let head: number;
    let globalTo: number;
    if (expected === 'any') {
      head = await this.head(streamId);
      globalTo = await this.reserve(events.length);
    } else if (expected === 'no_stream') {
      head = 0;
      globalTo = await this.reserve(events.length);
    } else {
      [head, globalTo] = await Promise.all([this.head(streamId), this.reserve(events.length)]);
      if (head !== expected) throw new WrongExpectedVersionError(streamId, expected, head);
    }

    const globalFrom = globalTo - events.length + 1;
    const commit: CommitDocument = {
      _id: newId(),
      streamId,
      category,
      fromPosition: head + 1,
      toPosition: head + events.length,
      globalFrom,
      globalTo,
      recordedAt: new Date(),
      published: false,
      events: validated.map((event, index) => ({
        eventId: newId(),
        type: event.type,
        version: event.version,
        streamPosition: head + 1 + index,
        globalPosition: globalFrom + index,
        actor: metadata.actor,
        correlationId: metadata.correlationId,
        causationId: metadata.causationId,
        data: event.data,
      })),
    };
    try {
      // The driver's insert, not a mongoose document: the commit is already validated above.
      await this.models.commits.collection.insertOne(commit as never);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      throw new WrongExpectedVersionError(streamId, expected, await this.head(streamId));
    }
    return {
      nextExpectedVersion: commit.toPosition,
      events: commit.events.map((event) => toEnvelope(commit, event) as EventEnvelope),
    };
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
   * Events of every stream in global order, starting at a global position, at most `limit`.
   * Positions have gaps where an append lost a race; the order is total and stable for replay.
   */
  async readAll(
    fromGlobalPosition: number,
    limit: number,
    options: ReadAllOptions = {},
  ): Promise<EventEnvelope[]> {
    const filter: Record<string, unknown> = { globalTo: { $gte: fromGlobalPosition } };
    if (options.asOf) filter.recordedAt = { $lte: options.asOf };
    if (options.categories) filter.category = { $in: options.categories };
    const commits = await this.models.commits
      .find(filter)
      .sort({ globalTo: 1 })
      .limit(limit)
      .lean();
    return this.unroll(commits, (event) => event.globalPosition >= fromGlobalPosition).slice(
      0,
      limit,
    );
  }

  /** The highest global position handed out so far. */
  async lastGlobalPosition(): Promise<number> {
    const counter = await this.models.counters.findById(GLOBAL_COUNTER).lean();
    return counter?.value ?? 0;
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

  private async reserve(count: number): Promise<number> {
    const counter = await this.models.counters
      .findOneAndUpdate(
        { _id: GLOBAL_COUNTER },
        { $inc: { value: count } },
        { upsert: true, returnDocument: 'after' },
      )
      .lean();
    return counter!.value;
  }
}
