import type { EventEnvelope, EventMetadata, NewEvent } from '@opinion/contracts';
import type { ExpectedVersion } from './errors';

export interface AppendResult {
  /** The stream's version after the append: the position of its last event. */
  nextExpectedVersion: number;
  events: EventEnvelope[];
}

export interface ReadOptions {
  /** Only events recorded at or before this instant: the store as it was then. */
  asOf?: Date;
}

export interface ReadAllOptions extends ReadOptions {
  /** Only streams of these categories: a reader need not know other contexts' event types. */
  categories?: readonly string[];
}

/**
 * What application code needs of an event store. The MongoDB `EventStore` is the real one; an
 * in-memory one stands in for it in specs, and one contract suite holds both to the same rules.
 */
export interface EventStorePort {
  /** Appends to one stream if it is at `expected`; WrongExpectedVersionError otherwise. */
  append(
    streamId: string,
    expected: ExpectedVersion,
    events: NewEvent[],
    metadata: EventMetadata,
  ): Promise<AppendResult>;
  /** The stream's version: the position of its last event, 0 when it has none. */
  head(streamId: string): Promise<number>;
  /** Events of one stream from a position on, validated and upcast to their latest versions. */
  readStream(
    streamId: string,
    fromPosition?: number,
    options?: ReadOptions,
  ): Promise<EventEnvelope[]>;
  /** At most `limit` commits of every stream in global order from a position on; empty at the end. */
  readAll(
    fromGlobalPosition: number,
    limit: number,
    options?: ReadAllOptions,
  ): Promise<EventEnvelope[]>;
  /** Every event from a global position on, in pages, to the end of the log. */
  replay(
    fromGlobalPosition: number,
    pageSize: number,
    options?: ReadAllOptions,
  ): AsyncGenerator<EventEnvelope[]>;
  /** The highest global position taken so far. */
  lastGlobalPosition(): Promise<number>;
}
