import type { EventEnvelope, EventMetadata, NewEvent } from '@opinion/contracts';
import type { CommitDocument, StoredEvent } from './commit-document';
import { duplicateKeyFields } from './duplicate-key';
import { KnownHeads } from './known-heads';
import type { EventStoreModels } from './commit-model';
import { WrongExpectedVersionError, type ExpectedVersion } from './errors';
import type { AppendResult, EventStorePort, ReadAllOptions, ReadOptions } from './event-store-port';
import { checkAppend, newCommit, type AppendRules } from './new-commit';
import { toEnvelope } from './to-envelope';

/** An acknowledged append survives a crash of the server (MongoDB: majority, journaled). */
const DURABLE = { writeConcern: { w: 'majority' as const, j: true } };

export type EventStoreOptions = AppendRules;

/**
 * Append-only event store on MongoDB. Each append is one commit document; the unique index on
 * (streamId, fromPosition) turns a concurrent append into WrongExpectedVersionError, and a
 * global position, taken after the stream was read, orders every commit for replay (CommitLog).
 */
export class EventStore implements EventStorePort {
  private readonly knownHeads = new KnownHeads();

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
    const append = checkAppend(this.options, streamId, events, metadata);
    const head = await this.versionToAppendAt(streamId, expected);
    // The counter assigns the global position when the commit is inserted.
    const commit = newCommit(append, head, 0, new Date());
    await this.insert(commit, expected);
    this.knownHeads.saw(streamId, commit.toPosition);
    this.models.feed.announce(commit);
    return {
      nextExpectedVersion: commit.toPosition,
      events: commit.events.map((event) => toEnvelope(commit, event) as EventEnvelope),
    };
  }

  /**
   * Takes a global position only now, after the stream was read, so each stream's commits get
   * rising positions. A position that a reader sealed meanwhile is given up for the next one.
   */
  private async insert(commit: CommitDocument, expected: ExpectedVersion): Promise<void> {
    for (;;) {
      commit.position = await this.models.counter.next();
      commit.recordedAt = new Date();
      try {
        await this.models.commits.collection.insertOne({ ...commit }, DURABLE);
        return;
      } catch (error) {
        const fields = duplicateKeyFields(error);
        if (!fields) throw error;
        if (fields.includes('position')) {
          await this.models.counter.passed(commit.position);
          continue;
        }
        // Another append to this stream won: give the position back as a void at once, so
        // readers need not wait for it.
        await this.models.log.seal(commit.position);
        throw new WrongExpectedVersionError(
          commit.streamId,
          expected,
          await this.head(commit.streamId),
        );
      }
    }
  }

  /** The version the new commit follows: none for a new stream, else the head, checked. */
  private async versionToAppendAt(streamId: string, expected: ExpectedVersion): Promise<number> {
    if (expected === 'no_stream' || expected === 0) return 0;
    if (typeof expected === 'number' && this.knownHeads.confirms(streamId, expected))
      return expected;
    const head = await this.head(streamId);
    this.knownHeads.saw(streamId, head);
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
    // By the stream alone, narrowed here: SecantusDB plans an index only for a filter whose every
    // field the index holds (ADR 0010), and a stream is short.
    const all = await this.models.commits.find({ streamId }).sort({ fromPosition: 1 }).lean();
    const commits = all.filter(
      (commit) =>
        commit.toPosition >= fromPosition && (!options.asOf || commit.recordedAt <= options.asOf),
    );
    if (all.length > 0) this.knownHeads.saw(streamId, all.at(-1)!.toPosition);
    return this.unroll(commits, (event) => event.streamPosition >= fromPosition);
  }

  /**
   * Commits of every stream in global order from a global position on, at most `limit` commits
   * (never split: the events of one append share its position). A reader resumes at the last
   * position it saw plus one; the log never shows it a commit behind that later (CommitLog).
   * An empty page means the end of the log.
   */
  async readAll(
    fromGlobalPosition: number,
    limit: number,
    options: ReadAllOptions = {},
  ): Promise<EventEnvelope[]> {
    let from = fromGlobalPosition;
    for (;;) {
      const page = await this.models.log.read(from, limit, options);
      if (page.commits.length > 0 || page.through < from)
        return this.unroll(page.commits, () => true);
      from = page.through + 1;
    }
  }

  /**
   * Every event from a global position on, in pages, through one cursor (CommitLog.stream): for
   * replays and rebuilds, which read to the end anyway. Ends at the end of the log.
   */
  async *replay(
    fromGlobalPosition: number,
    pageSize: number,
    options: ReadAllOptions = {},
  ): AsyncGenerator<EventEnvelope[]> {
    for await (const commits of this.models.log.stream(fromGlobalPosition, pageSize, options)) {
      yield this.unroll(commits, () => true);
    }
  }

  /** The highest global position taken so far. */
  lastGlobalPosition(): Promise<number> {
    return this.models.log.lastPosition();
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
