import type { EventEnvelope, EventMetadata, NewEvent } from '@opinion/contracts';
import type { EventStorePort } from '@opinion/event-store';
import {
  expectError,
  specMetadata,
  type ErrorCheck,
  type ErrorClass,
} from './decider-specification';

/*
 * Specifications of handlers that run on the event store: given events already in a store (by
 * stream), when the handler is called, then the events it appended (or its error). The store is
 * whatever `store` makes, an InMemoryEventStore in unit specs; only the port is used here, so this
 * file loads no database client.
 */

/** Events by stream id. */
export type EventsByStream = Record<string, NewEvent[]>;

export interface HandlerSpecificationOptions<Store extends EventStorePort, Handler> {
  /** A new, empty store for each scenario. */
  store: () => Store;
  /** The handler under test on that store, with fresh fakes of its other ports. */
  handler: (store: Store) => Handler;
  /** Who appended the given events; a system actor by default. */
  metadata?: EventMetadata;
}

export interface HandlerOutcome<Result, Store> {
  result: Result;
  /** Every event appended while the handler ran, in global order. */
  appended: EventEnvelope[];
  store: Store;
}

export interface HandlerThen<Result, Store> {
  /**
   * The handler appended exactly these events to these streams (in order within each), and no
   * other; a function of the result for streams whose id the handler chose.
   */
  then(
    expected: EventsByStream | ((result: Result) => EventsByStream),
  ): Promise<HandlerOutcome<Result, Store>>;
  /** The handler appended nothing (it answered from what was there). */
  thenNothingAppended(): Promise<HandlerOutcome<Result, Store>>;
  /** The handler failed, with an error of this class, passing this check, and appended nothing. */
  thenThrows<E extends Error = Error>(
    classOrCheck?: ErrorClass<E> | ErrorCheck<E>,
    check?: ErrorCheck<E>,
  ): Promise<E>;
}

export interface HandlerWhen<Handler, Store> {
  when<Result>(
    act: (handler: Handler, store: Store) => Promise<Result>,
  ): HandlerThen<Result, Store>;
}

/** What was appended, as the handler would have written it: type, version and data by stream. */
const byStream = (events: EventEnvelope[]): EventsByStream =>
  events.reduce<EventsByStream>((streams, { streamId, type, version, data }) => {
    (streams[streamId] ??= []).push({ type, version, data });
    return streams;
  }, {});

async function appendedSince(store: EventStorePort, position: number): Promise<EventEnvelope[]> {
  const events: EventEnvelope[] = [];
  for await (const page of store.replay(position + 1, 500)) events.push(...page);
  return events;
}

function forHandler<Store extends EventStorePort, Handler>(
  options: HandlerSpecificationOptions<Store, Handler>,
) {
  const metadata = options.metadata ?? specMetadata;
  return {
    given: (streams: EventsByStream = {}): HandlerWhen<Handler, Store> => ({
      when: <Result>(
        act: (handler: Handler, store: Store) => Promise<Result>,
      ): HandlerThen<Result, Store> => {
        /** Runs the scenario: a new store with the given events, then the handler. */
        const run = async () => {
          const store = options.store();
          for (const [streamId, events] of Object.entries(streams)) {
            if (events.length > 0) await store.append(streamId, 'any', events, metadata);
          }
          const handler = options.handler(store);
          const before = await store.lastGlobalPosition();
          const outcome = await act(handler, store).then(
            (result) => ({ ok: true as const, result }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          return { store, outcome, appended: () => appendedSince(store, before) };
        };
        const succeeded = async () => {
          const { store, outcome, appended } = await run();
          if (!outcome.ok) throw outcome.error;
          return { result: outcome.result, appended: await appended(), store };
        };
        return {
          then: async (expected) => {
            const done = await succeeded();
            const wanted = typeof expected === 'function' ? expected(done.result) : expected;
            expect(byStream(done.appended)).toEqual(wanted);
            return done;
          },
          thenNothingAppended: async () => {
            const done = await succeeded();
            expect(byStream(done.appended)).toEqual({});
            return done;
          },
          thenThrows: async <E extends Error = Error>(
            classOrCheck?: ErrorClass<E> | ErrorCheck<E>,
            check?: ErrorCheck<E>,
          ) => {
            const { outcome, appended } = await run();
            if (outcome.ok) {
              throw new Error(
                `expected the handler to fail, but it answered ${JSON.stringify(outcome.result)}`,
              );
            }
            expectError(outcome.error, classOrCheck, check);
            expect(byStream(await appended())).toEqual({});
            return outcome.error as E;
          },
        };
      },
    }),
  };
}

/**
 * `HandlerSpecification.for({ store, handler }).given({ [streamId]: events })
 *   .when((handler) => handler.execute(command)).then({ [streamId]: newEvents })`.
 */
export const HandlerSpecification = { for: forHandler };
