import { EventStore, eventStoreModels } from '@opinion/event-store';
import { noteRegistry } from '@opinion/testing';
import type { Connection } from 'mongoose';
import { latencySummary, runWorkers, timed } from './stats';

const SAMPLES = 50;
const PROBE_COUNTER = 'bench-probe';

export interface AppendProfile {
  commits: number;
  headMs: Record<string, number>;
  counterIncMs: Record<string, number>;
  pingMs: Record<string, number>;
  headFilterPushdown: unknown;
  counter: { increments: number; distinctValues: number; finalValue: number };
}

async function sample(operation: () => Promise<unknown>): Promise<Record<string, number>> {
  const latencies: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) latencies.push(await timed(operation));
  return latencySummary(latencies);
}

/**
 * Times the round trips one append makes (head read, counter $inc, insert) on a collection the
 * append benchmark filled, asks the server whether it pushes the head filter down to an index,
 * and checks whether concurrent $inc on the counter hands out distinct values.
 */
export async function appendProfile(
  connection: Connection,
  collection: string,
  writers: number,
): Promise<AppendProfile> {
  const models = await eventStoreModels(connection, collection);
  const store = new EventStore(models, { registry: noteRegistry(), ownedCategories: [] });
  const someStream = (await models.commits.findOne({}).lean())!.streamId;
  // A counter of its own: the store no longer keeps one, but whether the server's $inc loses
  // updates is still worth printing.
  const counters = connection.collection(`${collection}_probe_counter`);
  const increment = () =>
    counters.findOneAndUpdate(
      { _id: PROBE_COUNTER } as never,
      { $inc: { value: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
  const counterIncMs = await sample(increment);

  const values: number[] = [];
  await runWorkers(writers, async () => {
    for (let i = 0; i < SAMPLES; i += 1) values.push((await increment())!.value as number);
  });
  const final = await counters.findOne({ _id: PROBE_COUNTER } as never);

  const explained = await models.commits.collection
    .find({ streamId: someStream })
    .sort({ fromPosition: -1 })
    .limit(1)
    .explain();
  return {
    commits: await models.commits.estimatedDocumentCount(),
    headMs: await sample(() => store.head(someStream)),
    counterIncMs,
    pingMs: await sample(() => connection.db!.command({ ping: 1 })),
    headFilterPushdown: explained.filterPushdown ?? 'not reported',
    counter: {
      increments: SAMPLES * (writers + 1),
      distinctValues: new Set(values).size,
      finalValue: final!.value as number,
    },
  };
}
