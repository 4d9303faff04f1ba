import type { CommitDocument, EventStore, EventStoreModels } from '@opinion/event-store';

export interface ReplayRun {
  events: number;
  seconds: number;
}

export interface ReplayResult {
  commits: number;
  /** How long each readAll call took, in ms, in the order they were made (the last is empty). */
  pagesMs: number[];
  store: ReplayRun;
  raw: ReplayRun;
}

/** Every event of the log through `store.readAll`, page after page from position 1. */
async function replayStore(
  store: EventStore,
  pageSize: number,
): Promise<ReplayRun & { pagesMs: number[] }> {
  const start = performance.now();
  let events = 0;
  const pagesMs: number[] = [];
  for (let from = 1; ;) {
    const called = performance.now();
    const page = await store.readAll(from, pageSize);
    pagesMs.push(performance.now() - called);
    if (page.length === 0) break;
    events += page.length;
    // The store always sets the position of what it reads.
    from = page.at(-1)!.globalPosition! + 1;
  }
  return { events, seconds: (performance.now() - start) / 1000, pagesMs };
}

/** The same commits through one plain cursor sorted by position, counting their events. */
async function replayRaw(log: EventStoreModels): Promise<ReplayRun> {
  const start = performance.now();
  let events = 0;
  for await (const commit of log.commits.collection
    .find<CommitDocument>({})
    .sort({ position: 1 })) {
    events += commit.events.length;
  }
  return { events, seconds: (performance.now() - start) / 1000 };
}

/**
 * Reads the whole log through the store (validated, upcast envelopes, as a projection rebuild
 * gets them) and with a raw cursor. The raw cursor goes first, so both read a log the server
 * has just had in its cache.
 */
export async function replayBench(
  store: EventStore,
  log: EventStoreModels,
  pageSize: number,
): Promise<ReplayResult> {
  const raw = await replayRaw(log);
  const { pagesMs, ...storeRun } = await replayStore(store, pageSize);
  if (storeRun.events !== raw.events) {
    throw new Error(`readAll gave ${storeRun.events} events, the raw cursor ${raw.events}`);
  }
  return { commits: await log.commits.estimatedDocumentCount(), pagesMs, store: storeRun, raw };
}
