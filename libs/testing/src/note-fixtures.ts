import {
  EventRegistry,
  type EventEnvelope,
  type EventMetadata,
  type NewEvent,
} from '@opinion/contracts';
import { z } from 'zod';

/**
 * Made-up "note" events for testing the event-sourcing core. `context` makes the event types, and
 * so the Kafka topic, unique to one test run: `<context>.note.events`.
 */
export function registerNoteEvents(registry: EventRegistry, context = 'test'): EventRegistry {
  return registry
    .register(`${context}.note.written`, 1, z.object({ text: z.string() }).strict())
    .register(`${context}.note.tagged`, 1, z.object({ tag: z.string() }).strict());
}

export const noteRegistry = (context = 'test'): EventRegistry =>
  registerNoteEvents(new EventRegistry(), context);

export const noteMetadata: EventMetadata = {
  actor: { userId: 'u-1', role: 'member', orgId: 'org-county' },
  correlationId: 'corr-1',
  causationId: null,
};

export const noteWritten = (text: string, context = 'test'): NewEvent => ({
  type: `${context}.note.written`,
  version: 1,
  data: { text },
});

export interface NoteState {
  texts: string[];
  tags: string[];
}

/** Appends rather than sets, so an event applied twice would show. */
export function evolveNote(state: NoteState, event: EventEnvelope): NoteState {
  const data = event.data as { text?: string; tag?: string };
  if (event.type.endsWith('.note.written'))
    return { ...state, texts: [...state.texts, data.text!] };
  if (event.type.endsWith('.note.tagged')) return { ...state, tags: [...state.tags, data.tag!] };
  return state;
}
