import type { CommitDocument, EventStore, EventStoreModels } from '@opinion/event-store';

export interface ReplayRun {
  events: number;
  seconds: number;
}

export interface ReplayResult {
  commits: number;
  /** How long each page of the replay took to arrive, in ms, in order. */
  pagesMs: number[];
  store: ReplayRun;
  raw: ReplayRun;
}

/** Every event of the log through `store.replay` (one cursor, pages of `pageSize`). */
async function replayStore(
  store: EventStore,
  pageSize: number,
): Promise<ReplayRun & { pagesMs: number[] }> {
  const start = performance.now();
  let events = 0;
  const pagesMs: number[] = [];
  let called = performance.now();
  for await (const page of store.replay(1, pageSize)) {
    pagesMs.push(performance.now() - called);
    events += page.length;
    called = performance.now();
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
    throw new Error(`store.replay gave ${storeRun.events} events, the raw cursor ${raw.events}`);
  }
  return { commits: await log.commits.estimatedDocumentCount(), pagesMs, store: storeRun, raw };
}
