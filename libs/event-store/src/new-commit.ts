import { newId, type EventMetadata, type EventRegistry, type NewEvent } from '@opinion/contracts';
import type { CommitDocument } from './commit-document';
import { StreamOwnershipError } from './errors';
import { streamCategory } from './stream-id';

/** What every store checks an append against (EventStoreOptions, InMemoryEventStoreOptions). */
export interface AppendRules {
  registry: EventRegistry;
  /** Stream categories the store may append to; every category may be read. */
  ownedCategories: readonly string[];
}

/** An append, checked: a stream of an owned category, at least one event, each valid. */
export interface CheckedAppend {
  streamId: string;
  category: string;
  events: NewEvent[];
  metadata: EventMetadata;
}

/** Refuses what no store may write, before it looks at the stream's version. */
export function checkAppend(
  rules: AppendRules,
  streamId: string,
  events: NewEvent[],
  metadata: EventMetadata,
): CheckedAppend {
  if (events.length === 0) throw new Error('append needs at least one event');
  const category = streamCategory(streamId);
  if (!rules.ownedCategories.includes(category)) {
    throw new StreamOwnershipError(streamId, rules.ownedCategories);
  }
  const validated = events.map((event) => ({
    ...event,
    data: rules.registry.validate(event.type, event.version, event.data),
  }));
  return { streamId, category, events: validated, metadata };
}

/** The commit of a checked append after the stream's `head`, with new event ids. */
export function newCommit(
  { streamId, category, events, metadata }: CheckedAppend,
  head: number,
  position: number,
  recordedAt: Date,
): CommitDocument {
  return {
    position,
    streamId,
    category,
    fromPosition: head + 1,
    toPosition: head + events.length,
    recordedAt,
    events: events.map((event, index) => ({
      eventId: newId(),
      type: event.type,
      version: event.version,
      streamPosition: head + 1 + index,
      actor: metadata.actor,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      data: event.data,
    })),
  };
}
