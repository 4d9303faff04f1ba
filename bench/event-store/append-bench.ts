import { EventStore, WrongExpectedVersionError, eventStoreModels } from '@opinion/event-store';
import type { ExpectedVersion } from '@opinion/event-store';
import { noteMetadata, noteRegistry, noteWritten } from '@opinion/testing';
import type { Connection } from 'mongoose';
import { runWorkers, timed, type Timings } from './stats';

export interface AppendScenario {
  writers: number;
  appendsPerWriter: number;
  eventsPerStream: number;
}

export interface AppendResult {
  store: Timings;
  raw: Timings;
  /** Appends the store refused although nobody else wrote the stream, retried by the writer. */
  spuriousConflicts: number;
}

const MAX_ATTEMPTS = 50;

/**
 * The w-th writer's i-th command: streams of its own, each opened with 'no_stream' and then
 * extended one event at a time at its exact version, as command handlers do.
 */
function command(scenario: AppendScenario, writer: number, index: number) {
  const stream = Math.floor(index / scenario.eventsPerStream);
  const version = index % scenario.eventsPerStream;
  return {
    streamId: `note-w${writer}s${stream}`,
    expected: (version === 0 ? 'no_stream' : version) as ExpectedVersion,
    text: `writer ${writer} command ${index}`,
  };
}

/**
 * On FerretDB the global counter's $inc is not atomic, so two appends can get the same global
 * position; the loser surfaces as WrongExpectedVersionError with the stream where the writer
 * left it. The writer owns its streams, so it retries the same command.
 */
async function appendOwnStream(
  store: EventStore,
  { streamId, expected, text }: ReturnType<typeof command>,
): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await store.append(streamId, expected, [noteWritten(text)], noteMetadata);
      return attempt - 1;
    } catch (error) {
      const unchanged =
        error instanceof WrongExpectedVersionError &&
        error.actual === (expected === 'no_stream' ? 0 : expected);
      if (!unchanged || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/**
 * Appends through the store into one fresh collection, then inserts the very commit documents
 * it wrote, one insertMany per document at the same concurrency, into another collection with
 * the same indexes: the baseline differs from the store only in what the store does per append.
 */
export async function appendBench(
  connection: Connection,
  scenario: AppendScenario,
): Promise<AppendResult> {
  const label = `w${scenario.writers}`;
  const storeModels = await eventStoreModels(connection, `store_${label}`);
  const rawModels = await eventStoreModels(connection, `raw_${label}`);
  const store = new EventStore(storeModels, {
    registry: noteRegistry(),
    ownedCategories: ['note'],
  });
  const total = scenario.writers * scenario.appendsPerWriter;

  // Untimed first append on each side: it creates the global counter, whose concurrent first
  // upsert FerretDB answers with a duplicate key error instead of retrying, and warms the pool.
  await store.append('note-warmup', 'no_stream', [noteWritten('warm-up')], noteMetadata);
  await rawModels.commits.collection.insertMany([
    (await storeModels.commits.findOne({ streamId: 'note-warmup' }).lean()) as never,
  ]);

  let spuriousConflicts = 0;
  const storeRun = await runWorkers(scenario.writers, async (writer, record) => {
    for (let index = 0; index < scenario.appendsPerWriter; index += 1) {
      const next = command(scenario, writer, index);
      record(await timed(async () => (spuriousConflicts += await appendOwnStream(store, next))));
    }
  });

  const written = await storeModels.commits.find({}).sort({ _id: 1 }).lean();
  const byWriter = (writer: number) =>
    written.filter((commit) => commit.streamId.startsWith(`note-w${writer}s`));
  const rawRun = await runWorkers(scenario.writers, async (writer, record) => {
    for (const commit of byWriter(writer)) {
      record(await timed(() => rawModels.commits.collection.insertMany([commit as never])));
    }
  });

  return {
    store: { operations: total, events: total, ...storeRun },
    raw: { operations: written.length, events: written.length, ...rawRun },
    spuriousConflicts,
  };
}
