import {
  bodyLimitSchema,
  consumerStartSchema,
  infrastructureEnvSchema,
  logLevelSchema,
  portSchema,
} from '@opinion/config';
import { z } from 'zod';

const sizeInBytes = (size: string) =>
  Number.parseInt(size, 10) * (size.endsWith('mb') ? 1024 * 1024 : 1024);

/** The intake service's environment; main.ts refuses to start when it does not parse. */
export const intakeConfigSchema = infrastructureEnvSchema.extend({
  INTAKE_HOST: z.string().min(1).default('127.0.0.1'),
  INTAKE_PORT: portSchema(3101),
  /** Largest accepted JSON body; attachments are metadata only, so items are small. */
  INTAKE_BODY_LIMIT: bodyLimitSchema('256kb'),
  /**
   * Largest accepted import file. Each upload is stored as one MongoDB document until its import
   * has run, so it must stay below the 16 MB document limit.
   */
  INTAKE_IMPORT_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/, 'must be a size such as 8mb')
    .refine((size) => sizeInBytes(size) <= 15 * 1024 * 1024, 'must be at most 15mb')
    .default('8mb'),
  /** Imports one worker runs at a time. */
  INTAKE_IMPORT_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** Prefix of the BullMQ keys in Redis, so deployments (and test runs) sharing Redis stay apart. */
  INTAKE_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,50}$/)
    .default('opinion'),
  /** Prefix of the Kafka consumer groups; one per deployment of the service. */
  INTAKE_CONSUMER_GROUP: z.string().min(1).default('intake'),
  KAFKA_CONSUMER_START: consumerStartSchema,
  LOG_LEVEL: logLevelSchema,
});

export type IntakeConfig = z.infer<typeof intakeConfigSchema>;
