import {
  EventRegistry,
  newId,
  registerSubmissionEvents,
  type EventMetadata,
  type NewEvent,
} from '@opinion/contracts';
import { EventStore, eventStoreModels, type CommitDocument } from '@opinion/event-store';
import type { Connection } from 'mongoose';
import { performance } from 'node:perf_hooks';
import { timed } from '../event-store/stats';
import { busySince, machineCpu } from './load';

const CATEGORY = 'submission';

export interface AppendRun {
  appends: number;
  seconds: number;
  latenciesMs: number[];
  failures: number;
  machineBusy: number;
}

/** A `no_stream` append of a new submission stream, as intake's create path makes. */
interface Append {
  streamId: string;
  event: NewEvent;
  metadata: EventMetadata;
}

/**
 * Appends made from the `submitted` events intake stored during the run: the same data and
 * actor, each with a new submission id, stream and correlation id.
 */
export async function appendsLikeTheRun(connection: Connection, count: number): Promise<Append[]> {
  const { commits } = await eventStoreModels(connection);
  const written = (await commits
    .find({ category: CATEGORY })
    .limit(Math.min(count, 2_000))
    .lean()) as CommitDocument[];
  if (written.length === 0) throw new Error('intake stored no submission to model appends on');
  return Array.from({ length: count }, (_, index) => {
    const [stored] = written[index % written.length].events;
    const submissionId = newId();
    return {
      streamId: `${CATEGORY}-${submissionId}`,
      event: {
        type: stored.type,
        version: stored.version,
        data: { ...(stored.data as Record<string, unknown>), submissionId },
      },
      metadata: {
        actor: stored.actor as EventMetadata['actor'],
        correlationId: newId(),
        causationId: null,
      },
    };
  });
}

/** The store on the run's database and log (`event_commits`), owning intake's category. */
export async function submissionStore(connection: Connection): Promise<EventStore> {
  return new EventStore(await eventStoreModels(connection), {
    registry: registerSubmissionEvents(new EventRegistry()),
    ownedCategories: [CATEGORY],
  });
}

/** Single-event `no_stream` appends by `writers` concurrent writers taking the next in turn. */
export async function bareAppends(
  store: EventStore,
  appends: readonly Append[],
  writers: number,
): Promise<AppendRun> {
  const latenciesMs: number[] = [];
  let next = 0;
  let failures = 0;
  const writer = async () => {
    for (let i = next++; i < appends.length; i = next++) {
      const { streamId, event, metadata } = appends[i];
      try {
        latenciesMs.push(await timed(() => store.append(streamId, 'no_stream', [event], metadata)));
      } catch {
        failures += 1;
      }
    }
  };
  const machine = machineCpu();
  const start = performance.now();
  await Promise.all(Array.from({ length: writers }, writer));
  return {
    appends: appends.length,
    seconds: (performance.now() - start) / 1000,
    latenciesMs,
    failures,
    machineBusy: busySince(machine),
  };
}

/** The outbox relay's look at the log for its next batch, from the start of the run's log. */
export const relayPoll = async (connection: Connection) =>
  (await eventStoreModels(connection)).log.read(1, 500, { categories: [CATEGORY] });
