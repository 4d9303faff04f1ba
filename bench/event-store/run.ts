// Event store benchmark: libs/event-store's appends, stream reads, heads and replay at several
// log sizes, each beside the raw driver doing the same work on the same server in the same run.
import { EventStore, eventStoreModels, type EventStoreModels } from '@opinion/event-store';
import { noteRegistry } from '@opinion/testing';
import type { Connection } from 'mongoose';
import { appendBench } from './append-bench';
import { CATEGORY, CONTEXT, NoteTexts, fillLog } from './commits';
import { describeLoad, describeMachine, describeServer, openFreshDatabase } from './environment';
import { headBench, streamReadBench } from './read-bench';
import { printChecks, printSize, printSummary, type SizeResult } from './report';
import { replayBench } from './replay-bench';
import { benchSettings, type BenchSettings } from './settings';

async function dropLog(connection: Connection, log: EventStoreModels): Promise<void> {
  const name = log.commits.collection.collectionName;
  await connection.dropCollection(name);
  await connection.dropCollection(`${name}_counters`);
}

/** Fills a store's log and a raw log with the same `size` commits, then measures both. */
async function measureSize(
  connection: Connection,
  settings: BenchSettings,
  texts: NoteTexts,
  size: number,
): Promise<SizeResult> {
  const storeLog = await eventStoreModels(connection, `store_${size}`);
  const rawLog = await eventStoreModels(connection, `raw_${size}`);
  const store = new EventStore(storeLog, {
    registry: noteRegistry(CONTEXT),
    ownedCategories: [CATEGORY],
  });
  try {
    const fill = await fillLog([storeLog, rawLog], size, texts);
    console.log(
      `\n${size} commits written to both logs in ${fill.seconds.toFixed(1)} s; load ${describeLoad()}`,
    );
    // Reads first, on a log of exactly `size` commits; the appends then add to it.
    const streamReads = await streamReadBench(store, storeLog, size, settings.BENCH_STREAM_READS);
    const heads = await headBench(store, storeLog, size, settings.BENCH_HEADS);
    const replay = await replayBench(store, storeLog, settings.BENCH_REPLAY_PAGE);
    const append = (writers: number, appendsPerWriter: number) =>
      appendBench(store, storeLog, rawLog, texts, {
        label: `a${size}x${writers}`,
        writers,
        appendsPerWriter,
        eventsPerStream: settings.BENCH_EVENTS_PER_STREAM,
      });
    const singleAppend = await append(1, settings.BENCH_SINGLE_WRITER_APPENDS);
    const concurrentAppend = await append(
      settings.BENCH_WRITERS,
      settings.BENCH_APPENDS_PER_WRITER,
    );
    const result: SizeResult = {
      size,
      fillSeconds: fill.seconds,
      meanCommitBytes: fill.meanBytes,
      writers: settings.BENCH_WRITERS,
      singleAppend,
      concurrentAppend,
      streamReads,
      heads,
      replay,
    };
    printSize(result);
    console.log(`load ${describeLoad()}`);
    return result;
  } finally {
    await dropLog(connection, storeLog);
    await dropLog(connection, rawLog);
  }
}

async function main(): Promise<void> {
  const settings = benchSettings();
  const database = await openFreshDatabase(settings.MONGODB_URI);
  try {
    const started = performance.now();
    console.log(`Machine:  ${describeMachine()}, load ${describeLoad()}`);
    console.log(`Server:   ${await describeServer(database.connection, settings.MONGODB_URI)}`);
    console.log(`Database: ${database.name} (dropped at the end)`);
    console.log(
      `Sizes: ${settings.BENCH_SIZES.join(', ')} commits; per size ` +
        `${settings.BENCH_SINGLE_WRITER_APPENDS} appends by 1 writer, ` +
        `${settings.BENCH_WRITERS} × ${settings.BENCH_APPENDS_PER_WRITER} by ${settings.BENCH_WRITERS} writers ` +
        `(${settings.BENCH_EVENTS_PER_STREAM} per stream), ${settings.BENCH_STREAM_READS} stream reads, ` +
        `${settings.BENCH_HEADS} heads, replay in pages of ${settings.BENCH_REPLAY_PAGE}`,
    );

    const texts = new NoteTexts(settings.BENCH_COMMIT_BYTES);
    const results: SizeResult[] = [];
    for (const size of settings.BENCH_SIZES) {
      results.push(await measureSize(database.connection, settings, texts, size));
    }
    printSummary(results);
    printChecks(results);
    console.log(`\nRun took ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
