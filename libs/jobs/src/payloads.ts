import { z } from 'zod';
import { QueueName } from './queue-names';

/** Import the file stored under `importId` (intake). */
export const intakeImportPayloadSchema = z.object({ importId: z.uuid() }).strict();
export type IntakeImportPayload = z.infer<typeof intakeImportPayloadSchema>;

/** Retrain the model of one organisation, or the default model (`orgId` null). */
export const triageRetrainPayloadSchema = z
  .object({
    orgId: z.string().min(1).max(100).nullable(),
    trigger: z.enum(['schedule', 'manual']),
    requestedBy: z.string().min(1).max(100).optional(),
  })
  .strict();
export type TriageRetrainPayload = z.infer<typeof triageRetrainPayloadSchema>;

/** The payload schema of each queue: producers and processors parse with the same one. */
export const JOB_PAYLOADS = {
  [QueueName.IntakeImport]: intakeImportPayloadSchema,
  [QueueName.TriageRetrain]: triageRetrainPayloadSchema,
} satisfies Record<QueueName, z.ZodType>;

export type JobPayload<Queue extends QueueName> = z.infer<(typeof JOB_PAYLOADS)[Queue]>;

/** Parses a job's data with its queue's schema; a job that does not parse must fail, not run. */
export const parseJobPayload = <Queue extends QueueName>(queue: Queue, data: unknown) =>
  JOB_PAYLOADS[queue].parse(data) as JobPayload<Queue>;
