import { EventRegistry, type EventMetadata } from '@opinion/contracts';
import { z } from 'zod';

/** A small registry of made-up events for the event-store and messaging tests. */
export function fixtureRegistry(): EventRegistry {
  return new EventRegistry()
    .register('test.note.written', 1, z.object({ text: z.string() }).strict())
    .register('test.note.tagged', 1, z.object({ tag: z.string() }).strict());
}

export const fixtureMetadata: EventMetadata = {
  actor: { userId: 'u-1', role: 'member', orgId: 'org-county' },
  correlationId: 'corr-1',
  causationId: null,
};
