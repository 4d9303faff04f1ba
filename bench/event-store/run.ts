// Event store benchmark: append and replay throughput of libs/event-store and libs/projections,
// each beside the raw driver doing the same work on the same documents and server.
import { appendBench } from './append-bench';
import { appendProfile } from './append-profile';
import { describeMachine, describeServer, openFreshDatabase } from './environment';
import { printAppend, printAppendProfile, printReplay } from './report';
import { replayBench } from './replay-bench';
import { benchSettings } from './settings';

async function main(): Promise<void> {
  const settings = benchSettings();
  const database = await openFreshDatabase(settings.MONGODB_URI);
  try {
    console.log(`Machine: ${describeMachine()}`);
    console.log(`Server:  ${await describeServer(database.connection, settings.MONGODB_URI)}`);
    console.log(`Database: ${database.name} (dropped at the end)`);

    const eventsPerStream = settings.BENCH_EVENTS_PER_STREAM;
    const single = await appendBench(database.connection, {
      writers: 1,
      appendsPerWriter: settings.BENCH_SINGLE_WRITER_APPENDS,
      eventsPerStream,
    });
    printAppend(1, single);
    const concurrent = await appendBench(database.connection, {
      writers: settings.BENCH_WRITERS,
      appendsPerWriter: settings.BENCH_APPENDS_PER_WRITER,
      eventsPerStream,
    });
    printAppend(settings.BENCH_WRITERS, concurrent);
    printAppendProfile(
      await appendProfile(database.connection, 'store_w1', settings.BENCH_WRITERS),
    );

    printReplay(
      await replayBench(database.connection, {
        streams: settings.BENCH_REPLAY_STREAMS,
        eventsPerStream: settings.BENCH_REPLAY_EVENTS_PER_STREAM,
      }),
    );
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
