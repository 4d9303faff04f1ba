import { z } from 'zod';

export const roleSchema = z.enum([
  'member',
  'liaison',
  'editor',
  'reviewer',
  'analyst',
  'admin',
  'system',
]);
export type Role = z.infer<typeof roleSchema>;

/** Who caused an event: a person acting in a role for an organisation, or a system process. */
export const actorSchema = z.object({
  userId: z.string().min(1),
  role: roleSchema,
  orgId: z.string().min(1),
});
export type Actor = z.infer<typeof actorSchema>;

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Stable, dotted event type names such as `opinion.submission.submitted`. */
export const eventTypeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/, 'must look like context.aggregate.event');

/**
 * The envelope every event travels in, in the store and on Kafka. `data` is validated separately,
 * against the schema registered for (type, version).
 */
export const eventEnvelopeSchema = z.object({
  eventId: z.string().regex(UUID_V7, 'must be a UUIDv7'),
  type: eventTypeSchema,
  version: z.number().int().positive(),
  streamId: z.string().min(1).max(200),
  streamPosition: z.number().int().positive(),
  globalPosition: z.number().int().positive().optional(),
  occurredAt: z.iso.datetime({ offset: true }),
  actor: actorSchema,
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  data: z.unknown(),
});

export type EventEnvelope<Data = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data'> & {
  data: Data;
};

/** An event as a command handler produces it, before the store gives it its positions. */
export type NewEvent<Data = unknown> = Pick<EventEnvelope<Data>, 'type' | 'version' | 'data'>;

/** Who and why: carried from the command to every event it causes. */
export interface EventMetadata {
  actor: Actor;
  correlationId: string;
  causationId: string | null;
}
