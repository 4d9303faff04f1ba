import type { EventEnvelope } from '@opinion/contracts';
import { EventStore, eventStoreModels, type ReadOptions } from '@opinion/event-store';
import {
  ProjectionRunner,
  StreamDocumentProjection,
  checkpointModel,
  type Projection,
} from '@opinion/projections';
import { evolveNote, noteMetadata, noteRegistry, noteWritten } from '@opinion/testing';
import type { Connection } from 'mongoose';

export interface ReplayScenario {
  streams: number;
  eventsPerStream: number;
}

export interface ReplayResult {
  events: number;
  commits: number;
  seedSeconds: number;
  rebuildSeconds: number;
  /** Of the rebuild: time in EventStore.readAll and in the projection's apply. */
  readAllSeconds: number;
  applySeconds: number;
  pages: number;
  rawSeconds: number;
  rawEvents: number;
}

/** Adds the time spent in readAll, so the rebuild can be split into reading and applying. */
class TimedEventStore extends EventStore {
  seconds = 0;
  calls = 0;

  override async readAll(from: number, limit: number, options?: ReadOptions) {
    const start = performance.now();
    try {
      return await super.readAll(from, limit, options);
    } finally {
      this.seconds += (performance.now() - start) / 1000;
      this.calls += 1;
    }
  }
}

class TimedProjection implements Projection {
  seconds = 0;
  readonly name: string;
  readonly categories: readonly string[];

  constructor(private readonly inner: Projection) {
    this.name = inner.name;
    this.categories = inner.categories;
  }

  async apply(events: readonly EventEnvelope[]): Promise<void> {
    const start = performance.now();
    await this.inner.apply(events);
    this.seconds += (performance.now() - start) / 1000;
  }

  reset(): Promise<void> {
    return this.inner.reset();
  }
}

/**
 * Seeds the store with one commit per stream (a 'no_stream' append needs no head read, so
 * seeding stays cheap), rebuilds a one-document-per-stream read model from it, and reads the
 * same commit documents with a plain sorted cursor as the baseline.
 */
export async function replayBench(
  connection: Connection,
  scenario: ReplayScenario,
): Promise<ReplayResult> {
  const models = await eventStoreModels(connection, 'replay_commits');
  const registry = noteRegistry();
  const store = new TimedEventStore(models, { registry, ownedCategories: ['note'] });

  // One writer: concurrent appends would trip over the counter race the append profile shows.
  const seedStart = performance.now();
  for (let stream = 0; stream < scenario.streams; stream += 1) {
    const events = Array.from({ length: scenario.eventsPerStream }, (_, index) =>
      noteWritten(`stream ${stream} note ${index}`),
    );
    await store.append(`note-r${stream}`, 'no_stream', events, noteMetadata);
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;

  const projection = new TimedProjection(
    new StreamDocumentProjection(connection, {
      name: 'bench-notes',
      collection: 'replay_notes',
      categories: ['note'],
      initial: () => ({ texts: [], tags: [] }),
      evolve: evolveNote,
    }),
  );
  const runner = new ProjectionRunner(store, await checkpointModel(connection), projection);
  const rebuildStart = performance.now();
  const events = await runner.rebuild();
  const rebuildSeconds = (performance.now() - rebuildStart) / 1000;

  const rawStart = performance.now();
  let rawEvents = 0;
  for await (const commit of models.commits.collection.find({}).sort({ _id: 1 })) {
    rawEvents += commit.events.length;
  }
  return {
    events,
    commits: await models.commits.estimatedDocumentCount(),
    seedSeconds,
    rebuildSeconds,
    readAllSeconds: store.seconds,
    applySeconds: projection.seconds,
    pages: store.calls,
    rawSeconds: (performance.now() - rawStart) / 1000,
    rawEvents,
  };
}
