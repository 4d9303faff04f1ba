import type { EventEnvelope, EventMetadata, NewEvent } from '@opinion/contracts';
import type { CommitDocument, StoredEvent } from './commit-document';
import { WrongExpectedVersionError, type ExpectedVersion } from './errors';
import type { AppendResult, EventStorePort, ReadAllOptions, ReadOptions } from './event-store-port';
import { checkAppend, newCommit, type AppendRules } from './new-commit';
import { toEnvelope } from './to-envelope';

/**
 * The commits of in-memory stores, in global order. Stores on one log share its commits, as
 * stores on one MongoDB share `event_commits`: a reader with another registry, a writer owning
 * other categories.
 */
export class InMemoryEventLog {
  readonly commits: CommitDocument[] = [];

  get lastPosition(): number {
    return this.commits.at(-1)?.position ?? 0;
  }
}

export interface InMemoryEventStoreOptions extends AppendRules {
  /** The log to share with other stores; a new, empty one by default. */
  log?: InMemoryEventLog;
  /** The time an append is recorded at (its events' `occurredAt`); the real time by default. */
  clock?: () => Date;
}

/**
 * The event store in memory, for specs without servers: the rules of the MongoDB `EventStore`
 * (one commit per append, expected versions, owned categories, validation on append and upcasting
 * on read, global positions shared by a commit's events, `asOf` and category filters), checked
 * against it by one contract suite (event-store-contract.ts). An append checks and writes in one
 * synchronous step, so of concurrent appends at one version exactly one wins.
 */
export class InMemoryEventStore implements EventStorePort {
  readonly log: InMemoryEventLog;
  private readonly clock: () => Date;

  constructor(private readonly options: InMemoryEventStoreOptions) {
    this.log = options.log ?? new InMemoryEventLog();
    this.clock = options.clock ?? (() => new Date());
  }

  async append(
    streamId: string,
    expected: ExpectedVersion,
    events: NewEvent[],
    metadata: EventMetadata,
  ): Promise<AppendResult> {
    const append = checkAppend(this.options, streamId, events, metadata);
    const head = this.headOf(streamId);
    const mustBeAt = expected === 'no_stream' ? 0 : expected;
    if (mustBeAt !== 'any' && head !== mustBeAt) {
      throw new WrongExpectedVersionError(streamId, expected, head);
    }
    // A copy: what the caller keeps or changes later is not what was stored.
    const commit = structuredClone(
      newCommit(append, head, this.log.lastPosition + 1, new Date(this.clock().getTime())),
    );
    this.log.commits.push(commit);
    return {
      nextExpectedVersion: commit.toPosition,
      events: commit.events.map(
        (event) => structuredClone(toEnvelope(commit, event)) as EventEnvelope,
      ),
    };
  }

  /** The stream's version: the position of its last event, 0 when it has none. */
  async head(streamId: string): Promise<number> {
    return this.headOf(streamId);
  }

  /** Events of one stream from a position on, validated and upcast to their latest versions. */
  async readStream(
    streamId: string,
    fromPosition = 1,
    options: ReadOptions = {},
  ): Promise<EventEnvelope[]> {
    const commits = this.log.commits.filter(
      (commit) =>
        commit.streamId === streamId &&
        commit.toPosition >= fromPosition &&
        recordedBy(commit, options.asOf),
    );
    return this.unroll(commits, (event) => event.streamPosition >= fromPosition);
  }

  /**
   * Commits of every stream in global order from a global position on, at most `limit` commits
   * (never split: the events of one append share its position). An empty page means the end.
   */
  async readAll(
    fromGlobalPosition: number,
    limit: number,
    options: ReadAllOptions = {},
  ): Promise<EventEnvelope[]> {
    return this.unroll(this.matching(fromGlobalPosition, options).slice(0, limit));
  }

  /** Every event from a global position on, in pages of at most `pageSize` commits, to the end. */
  async *replay(
    fromGlobalPosition: number,
    pageSize: number,
    options: ReadAllOptions = {},
  ): AsyncGenerator<EventEnvelope[]> {
    let next = fromGlobalPosition;
    for (;;) {
      const page = this.matching(next, options).slice(0, pageSize);
      if (page.length === 0) return;
      next = page.at(-1)!.position + 1;
      yield this.unroll(page);
    }
  }

  /** The highest global position taken so far. */
  async lastGlobalPosition(): Promise<number> {
    return this.log.lastPosition;
  }

  private headOf(streamId: string): number {
    for (let index = this.log.commits.length - 1; index >= 0; index -= 1) {
      const commit = this.log.commits[index];
      if (commit.streamId === streamId) return commit.toPosition;
    }
    return 0;
  }

  private matching(from: number, { categories, asOf }: ReadAllOptions): CommitDocument[] {
    return this.log.commits.filter(
      (commit) =>
        commit.position >= from &&
        (!categories || categories.includes(commit.category)) &&
        recordedBy(commit, asOf),
    );
  }

  private unroll(
    commits: CommitDocument[],
    keep: (event: StoredEvent) => boolean = () => true,
  ): EventEnvelope[] {
    return commits.flatMap((commit) =>
      commit.events
        .filter(keep)
        .map((event) => this.options.registry.read(structuredClone(toEnvelope(commit, event)))),
    );
  }
}

const recordedBy = (commit: CommitDocument, asOf: Date | undefined) =>
  !asOf || commit.recordedAt <= asOf;
