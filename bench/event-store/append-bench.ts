import type { CommitDocument, EventStore, EventStoreModels } from '@opinion/event-store';
import { noteMetadata, noteWritten } from '@opinion/testing';
import { CATEGORY, CONTEXT, type NoteTexts } from './commits';
import { runWorkers, timed, type Timings } from './stats';

/** The store's write concern (EventStore's DURABLE), for the raw inserts too. */
const DURABLE = { writeConcern: { w: 'majority' as const, j: true } };

export interface AppendScenario {
  /** Names this run's streams, so runs at several sizes or writer counts never share one. */
  label: string;
  writers: number;
  appendsPerWriter: number;
  eventsPerStream: number;
}

export interface AppendResult {
  store: Timings;
  raw: Timings;
}

const streamPrefix = (scenario: AppendScenario, writer: number) =>
  `${CATEGORY}-${scenario.label}w${writer}s`;

/**
 * The w-th writer's i-th command: streams of its own, each opened with 'no_stream' and then
 * extended one event at a time at the version the previous append returned, as a command
 * handler does after reading its stream.
 */
function command(scenario: AppendScenario, writer: number, index: number) {
  const stream = Math.floor(index / scenario.eventsPerStream);
  const version = index % scenario.eventsPerStream;
  return {
    streamId: `${streamPrefix(scenario, writer)}${stream}`,
    expected: version === 0 ? ('no_stream' as const) : version,
  };
}

/** Commits at positions above `after`, in position order, without the `_id` the driver set. */
const commitsAfter = (log: EventStoreModels, after: number) =>
  log.commits.collection
    .find<CommitDocument>({ position: { $gt: after } }, { projection: { _id: 0 } })
    .sort({ position: 1 })
    .toArray();

/**
 * One untimed append per writer on each side, at the same concurrency: opens as many pooled
 * connections as the timed run needs and touches the collections' indexes.
 */
async function warmUp(
  store: EventStore,
  storeLog: EventStoreModels,
  rawLog: EventStoreModels,
  texts: NoteTexts,
  scenario: AppendScenario,
): Promise<void> {
  const before = await storeLog.log.lastPosition();
  await runWorkers(scenario.writers, async (writer) => {
    const event = noteWritten(texts.text(writer), CONTEXT);
    await store.append(
      `${CATEGORY}-warm${scenario.label}w${writer}`,
      'no_stream',
      [event],
      noteMetadata,
    );
  });
  const warm = await commitsAfter(storeLog, before);
  await Promise.all(warm.map((commit) => rawLog.commits.collection.insertOne(commit, DURABLE)));
}

/**
 * Appends through the store, then inserts the very commit documents it wrote (new `_id`s, as the
 * store's insert gets) with insertOne at the same concurrency and write concern into the raw
 * log, which holds the same commits and indexes: the baseline lacks only what the store does per
 * append (validation, the position counter's `$inc`, building the commit).
 */
export async function appendBench(
  store: EventStore,
  storeLog: EventStoreModels,
  rawLog: EventStoreModels,
  texts: NoteTexts,
  scenario: AppendScenario,
): Promise<AppendResult> {
  await warmUp(store, storeLog, rawLog, texts, scenario);
  const before = await storeLog.log.lastPosition();
  const total = scenario.writers * scenario.appendsPerWriter;

  const storeRun = await runWorkers(scenario.writers, async (writer, record) => {
    for (let index = 0; index < scenario.appendsPerWriter; index += 1) {
      const { streamId, expected } = command(scenario, writer, index);
      const event = noteWritten(
        texts.text(before + writer * scenario.appendsPerWriter + index),
        CONTEXT,
      );
      record(await timed(() => store.append(streamId, expected, [event], noteMetadata)));
    }
  });

  const written = await commitsAfter(storeLog, before);
  if (written.length !== total) {
    throw new Error(`the store wrote ${written.length} commits for ${total} appends`);
  }
  const rawRun = await runWorkers(scenario.writers, async (writer, record) => {
    const own = written.filter((commit) =>
      commit.streamId.startsWith(streamPrefix(scenario, writer)),
    );
    for (const commit of own) {
      record(await timed(() => rawLog.commits.collection.insertOne({ ...commit }, DURABLE)));
    }
  });

  return {
    store: { operations: total, events: total, ...storeRun },
    raw: { operations: written.length, events: written.length, ...rawRun },
  };
}
