import {
  newId,
  type EventEnvelope,
  type EventMetadata,
  type EventRegistry,
  type NewEvent,
} from '@opinion/contracts';

/*
 * Specifications of deciders and handlers in the style of emmett's DeciderSpecification: given
 * the events so far, when a command comes, then these events (or this error). Free of the
 * servers' clients, so unit specs may import this file by path and load fast.
 */

/** An error class, or any test of the error (false, or a failed expect inside, fails it). */
export type ErrorCheck<E extends Error> = (error: E) => boolean | void;
export type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

const isErrorClass = (value: unknown): value is ErrorClass<Error> =>
  typeof value === 'function' && (value === Error || value.prototype instanceof Error);

/** Fails unless `error` is of the class and passes the check (or passes the check alone). */
export function expectError<E extends Error>(
  error: unknown,
  classOrCheck?: ErrorClass<E> | ErrorCheck<E>,
  check?: ErrorCheck<E>,
): void {
  if (classOrCheck === undefined) return;
  if (isErrorClass(classOrCheck)) {
    if (!(error instanceof classOrCheck)) {
      throw new Error(`expected ${classOrCheck.name}, but it threw ${describeError(error)}`, {
        cause: error,
      });
    }
    if (check) expectError(error, check);
    return;
  }
  if (classOrCheck(error as E) === false) {
    throw new Error(`the error did not match the condition: ${describeError(error)}`, {
      cause: error,
    });
  }
}

const describeError = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export interface Decider<Command, Event, State, Recorded = Event> {
  decide(command: Command, state: State): Event | Event[];
  evolve(state: State, event: Recorded): State;
  initialState(): State;
  /**
   * How a decided event is recorded before it is evolved (a `NewEvent` becomes an envelope):
   * required when `evolve` takes another type than `decide` returns. It sees the events decided
   * by `then` too, so it may refuse an event the store would refuse (see `recordedAs`).
   */
  record?: (event: Event, streamPosition: number) => Recorded;
}

export interface DeciderThen<Event> {
  /** The command causes exactly these events, in this order. */
  then(expected: Event | Event[]): void;
  /** The command causes no event (a repeat that changes nothing). */
  thenNothingHappened(): void;
  /** The command is refused: with an error of this class, passing this check, or either. */
  thenThrows<E extends Error = Error>(
    classOrCheck?: ErrorClass<E> | ErrorCheck<E>,
    check?: ErrorCheck<E>,
  ): void;
}

export interface DeciderGiven<Command, Event> {
  given(events?: Event | Event[]): { when(command: Command): DeciderThen<Event> };
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function forDecider<Command, Event, State, Recorded = Event>(
  decider: Decider<Command, Event, State, Recorded>,
): DeciderGiven<Command, Event> {
  const record = decider.record ?? ((event: Event) => event as unknown as Recorded);
  return {
    given: (givenEvents) => ({
      when: (command) => {
        const history = asArray(givenEvents);
        const decided = (): Event[] => {
          const state = history
            .map((event, index) => record(event, index + 1))
            .reduce(decider.evolve, decider.initialState());
          const events = asArray(decider.decide(command, state));
          // What the decider causes must be fit to be stored after the given events.
          events.forEach((event, index) => record(event, history.length + index + 1));
          return events;
        };
        return {
          then: (expected) => expect(decided()).toEqual(asArray(expected)),
          thenNothingHappened: () => expect(decided()).toEqual([]),
          thenThrows: (classOrCheck, check) => {
            let events: Event[];
            try {
              events = decided();
            } catch (error) {
              expectError(error, classOrCheck, check);
              return;
            }
            throw new Error(
              `expected the command to be refused, but it decided ${JSON.stringify(events)}`,
            );
          },
        };
      },
    }),
  };
}

/** `DeciderSpecification.for(decider).given(events).when(command).then(events)`. */
export const DeciderSpecification = { for: forDecider };

export interface RecordedAsOptions {
  streamId: string;
  /** Checks each payload as the store would on append (and returns it as parsed). */
  registry?: EventRegistry;
  metadata?: EventMetadata;
  /** The time of the event at position 1; each later position is one second later. */
  startsAt?: Date;
}

export const specMetadata: EventMetadata = {
  actor: { userId: 'spec-user', role: 'system', orgId: 'spec-org' },
  correlationId: 'spec-correlation',
  causationId: null,
};

const DEFAULT_START = Date.UTC(2026, 10, 21, 8, 0, 0);

/**
 * Records a `NewEvent` as the store would: an envelope at a stream position, with a UUIDv7 id and
 * an ISO time one second per position after `startsAt` (valid at any position).
 */
export function recordedAs({
  streamId,
  registry,
  metadata = specMetadata,
  startsAt = new Date(DEFAULT_START),
}: RecordedAsOptions): (event: NewEvent, streamPosition: number) => EventEnvelope {
  return (event, streamPosition) => ({
    eventId: newId(),
    type: event.type,
    version: event.version,
    streamId,
    streamPosition,
    occurredAt: recordedTime(streamPosition, startsAt),
    actor: metadata.actor,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    data: registry ? registry.validate(event.type, event.version, event.data) : event.data,
  });
}

/** The time `recordedAs` gives the event at a stream position. */
export const recordedTime = (streamPosition: number, startsAt = new Date(DEFAULT_START)) =>
  new Date(startsAt.getTime() + (streamPosition - 1) * 1_000).toISOString();
