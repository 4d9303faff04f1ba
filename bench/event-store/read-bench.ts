import type { CommitDocument, EventStore, EventStoreModels } from '@opinion/event-store';
import { fillStreamId, fillStreams } from './commits';
import { timed } from './stats';

export interface ReadResult {
  /** Latencies in ms, one per call. */
  store: number[];
  raw: number[];
  /** Commits each stream read returned, on average (both sides read the same streams). */
  commitsPerRead: number;
}

/** `count` random streams of the filled log (`size` commits), the same ones for each `seed`. */
function randomStreams(size: number, count: number, seed: number): string[] {
  const streams = fillStreams(size);
  let state = seed;
  return Array.from({ length: count }, () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return fillStreamId(((t ^ (t >>> 14)) >>> 0) % streams);
  });
}

/**
 * `store.readStream` of random streams against the raw driver's find of the same streams, in
 * the same collection; the two alternate call by call, so both see the same load on the machine.
 */
export async function streamReadBench(
  store: EventStore,
  log: EventStoreModels,
  size: number,
  reads: number,
): Promise<ReadResult> {
  const result: ReadResult = { store: [], raw: [], commitsPerRead: 0 };
  let commits = 0;
  for (const streamId of randomStreams(size, reads, 1)) {
    result.store.push(await timed(() => store.readStream(streamId)));
    result.raw.push(
      await timed(async () => {
        const found = await log.commits.collection
          .find<CommitDocument>({ streamId })
          .sort({ fromPosition: 1 })
          .toArray();
        commits += found.length;
      }),
    );
  }
  result.commitsPerRead = commits / reads;
  return result;
}

/** `store.head` of random streams against the raw driver's findOne, sorted the same way. */
export async function headBench(
  store: EventStore,
  log: EventStoreModels,
  size: number,
  heads: number,
): Promise<ReadResult> {
  const result: ReadResult = { store: [], raw: [], commitsPerRead: 1 };
  // Other streams than the stream reads': a head is then not served by a page they just read.
  for (const streamId of randomStreams(size, heads, 2)) {
    result.store.push(await timed(() => store.head(streamId)));
    result.raw.push(
      await timed(() =>
        log.commits.collection.findOne(
          { streamId },
          { sort: { fromPosition: -1 }, projection: { toPosition: 1 } },
        ),
      ),
    );
  }
  return result;
}
