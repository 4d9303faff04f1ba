import type { Model } from 'mongoose';
import type { CommitDocument } from './commit-document';
import { duplicateKeyFields } from './duplicate-key';

/** Category of the empty commits that seal positions no append will fill; never read or published. */
export const VOID_CATEGORY = 'void';

export interface CommitLogOptions {
  /**
   * How long a hole in the positions may stay open before a reader seals it. A writer takes its
   * position just before it inserts, so a hole that lasts longer means a writer that failed or
   * died in between; if it was only slow, its insert then fails and it takes a new position.
   */
  sealAfterMs?: number;
}

export interface CommitFilter {
  categories?: readonly string[];
  asOf?: Date;
}

export interface CommitPage {
  commits: CommitDocument[];
  /** Every position up to this one has been read (or holds nothing for the filter). */
  through: number;
}

const SCAN_WINDOW = 2_000;
const FIRST_WAIT_MS = 5;

/** The length of the unbroken run of positions from `from` at the start of `sorted`. */
function firstHole(sorted: ReadonlyArray<{ position: number }>, from: number): number {
  const hole = sorted.findIndex((commit, index) => commit.position !== from + index);
  return hole === -1 ? sorted.length : hole;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads the global log in position order so that a reader following it never skips a commit.
 * Positions are taken before their commits are inserted, so commit 7 can become visible after
 * commit 8. A reader that meets such a hole waits for it; if it stays open, the reader inserts a
 * void commit at that position. The unique index on `position` lets only one of the two, the late
 * writer or the sealing reader, have it: either the commit is there to read, or it never will be.
 */
export class CommitLog {
  private readonly sealAfterMs: number;

  constructor(
    private readonly commits: Model<CommitDocument>,
    options: CommitLogOptions = {},
  ) {
    this.sealAfterMs = options.sealAfterMs ?? 1_000;
  }

  /**
   * Up to `limit` commits from `from` on, in position order, matching the filter; at most the
   * commits before the first hole that is still open (a page may be empty only at the end).
   */
  async read(from: number, limit: number, filter: CommitFilter = {}): Promise<CommitPage> {
    if (!filter.categories && !filter.asOf) return this.readEverything(from, limit);
    let start = from;
    for (;;) {
      const end = await this.contiguousEnd(start, SCAN_WINDOW);
      if (end < start) return { commits: [], through: start - 1 };
      const commits = await this.matching(start, end, limit, filter);
      if (commits.length === limit) return { commits, through: commits.at(-1)!.position };
      if (commits.length > 0 || end < start + SCAN_WINDOW - 1) return { commits, through: end };
      start = end + 1;
    }
  }

  /**
   * The commits of the filter between two positions. One query per category, merged: SecantusDB
   * plans an index only for a filter whose every field it holds, and `$in` only alone (ADR 0010).
   */
  private async matching(
    from: number,
    to: number,
    limit: number,
    filter: CommitFilter,
  ): Promise<CommitDocument[]> {
    const range = { position: { $gte: from, $lte: to } };
    const queries = filter.categories
      ? filter.categories.map((category) => ({ category, ...range }))
      : [range];
    const found = await Promise.all(
      queries.map(
        (query) =>
          this.commits.collection
            .find(query, {
              sort: { position: 1 },
              limit: filter.asOf ? 0 : limit,
            })
            .toArray() as unknown as Promise<CommitDocument[]>,
      ),
    );
    return found
      .flat()
      .filter(
        (commit) =>
          commit.category !== VOID_CATEGORY && (!filter.asOf || commit.recordedAt <= filter.asOf),
      )
      .sort((a, b) => a.position - b.position)
      .slice(0, limit);
  }

  /**
   * The whole log from `from` on through one cursor, in pages of about `pageSize` commits of
   * the filter: for replays, where a cursor streams far faster than one query per page. The next
   * batch is requested before a page is handed over, so the server reads it while the caller
   * works. At a hole the cursor stops, the hole is waited for or sealed, and a new cursor resumes
   * there.
   */
  async *stream(
    from: number,
    pageSize: number,
    filter: CommitFilter = {},
  ): AsyncGenerator<CommitDocument[]> {
    const categories = filter.categories ? new Set(filter.categories) : undefined;
    const keep = (commit: CommitDocument) =>
      commit.category !== VOID_CATEGORY &&
      (!categories || categories.has(commit.category)) &&
      (!filter.asOf || commit.recordedAt <= filter.asOf);
    let next = from;
    for (;;) {
      const cursor = this.commits.collection.find<CommitDocument>(
        { position: { $gte: next } },
        // No projection: SecantusDB applies one document by document, a third of a replay's time.
        { sort: { position: 1 }, batchSize: pageSize },
      );
      let beyondHole: number | undefined;
      let ahead: Promise<boolean> = cursor.hasNext();
      try {
        let page: CommitDocument[] = [];
        while (beyondHole === undefined && (await ahead)) {
          const batch = cursor.readBufferedDocuments();
          ahead = cursor.hasNext();
          // Settled here so that a caller who stops early leaves no rejection unobserved.
          ahead.catch(() => undefined);
          for (const commit of batch) {
            if (commit.position !== next) {
              beyondHole = commit.position;
              break;
            }
            next += 1;
            if (keep(commit)) page.push(commit);
          }
          if (page.length >= pageSize || beyondHole !== undefined) {
            if (page.length > 0) yield page;
            page = [];
          }
        }
        if (page.length > 0) yield page;
      } finally {
        await ahead.catch(() => undefined);
        await cursor.close();
      }
      if (beyondHole === undefined) return;
      const missing: number[] = [];
      for (let position = next; position < beyondHole; position += 1) missing.push(position);
      await this.settle(missing);
    }
  }

  /** The highest position in the log (0 when it is empty), sealed or not. */
  async lastPosition(): Promise<number> {
    const last = await this.commits
      .findOne({}, { position: 1, _id: 0 })
      .sort({ position: -1 })
      .lean<{ position: number }>();
    return last?.position ?? 0;
  }

  /** Without a filter one query serves: its documents show the holes themselves. */
  private async readEverything(from: number, limit: number): Promise<CommitPage> {
    const commits = await this.unbroken<CommitDocument>(from, limit);
    return {
      commits: commits.filter((commit) => commit.category !== VOID_CATEGORY),
      through: from + commits.length - 1,
    };
  }

  /** The last position of the unbroken run that starts at `from` (from - 1 when there is none). */
  private async contiguousEnd(from: number, window: number): Promise<number> {
    const positions = await this.unbroken<{ position: number }>(from, window, { position: 1 });
    return from + positions.length - 1;
  }

  /**
   * The commits of the unbroken run of positions from `from`, at most `size`: waits at a hole
   * at `from` and seals it when it stays open; empty only at the end of the log. The range is
   * bounded on both sides: SecantusDB walks an open range to its end whatever the limit.
   */
  private async unbroken<T extends { position: number }>(
    from: number,
    size: number,
    projection?: Record<string, 1>,
  ): Promise<T[]> {
    for (;;) {
      const found = (await this.commits.collection
        .find(
          { position: { $gte: from, $lte: from + size - 1 } },
          // One round trip for the whole window, not the driver's first batch of 101.
          { projection, sort: { position: 1 }, batchSize: size },
        )
        .toArray()) as unknown as T[];
      const hole = firstHole(found, from);
      if (hole > 0) return found.slice(0, hole);
      const last = found.length > 0 ? found.at(-1)!.position : await this.lastPosition();
      if (last < from) return [];
      const present = new Set(found.map((commit) => commit.position));
      const missing: number[] = [];
      for (let position = from; position <= Math.min(last, from + size - 1); position += 1) {
        if (!present.has(position)) missing.push(position);
      }
      await this.settle(missing);
    }
  }

  /** Waits for the commits at these positions to appear, and seals those that do not. */
  private async settle(positions: number[]): Promise<void> {
    let open = positions;
    const deadline = Date.now() + this.sealAfterMs;
    for (let wait = FIRST_WAIT_MS; Date.now() < deadline; wait = Math.min(wait * 2, 200)) {
      await sleep(wait);
      const arrived = await this.commits
        .find({ position: { $in: open } }, { position: 1, _id: 0 })
        .lean<Array<{ position: number }>>();
      const seen = new Set(arrived.map((commit) => commit.position));
      open = open.filter((position) => !seen.has(position));
      if (open.length === 0) return;
    }
    for (const position of open) await this.seal(position);
  }

  /** Fills `position` with a void commit, unless its commit got there first. */
  async seal(position: number): Promise<void> {
    const empty: CommitDocument = {
      position,
      streamId: `${VOID_CATEGORY}-${position}`,
      category: VOID_CATEGORY,
      fromPosition: 1,
      toPosition: 0,
      recordedAt: new Date(),
      events: [],
    };
    await this.commits.collection.insertOne({ ...empty }).catch((error: unknown) => {
      if (!duplicateKeyFields(error)) throw error;
    });
  }
}
