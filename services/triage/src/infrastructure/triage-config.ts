import {
  bodyLimitSchema,
  consumerStartSchema,
  infrastructureEnvSchema,
  logLevelSchema,
  portSchema,
} from '@opinion/config';
import { z } from 'zod';

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** The triage service's environment; main.ts refuses to start when it does not parse. */
export const triageConfigSchema = infrastructureEnvSchema.extend({
  TRIAGE_HOST: z.string().min(1).default('127.0.0.1'),
  TRIAGE_PORT: portSchema(3102),
  TRIAGE_BODY_LIMIT: bodyLimitSchema('128kb'),
  /** Prefix of the Kafka consumer groups; one per deployment of the service. */
  TRIAGE_CONSUMER_GROUP: z.string().min(1).default('triage'),
  KAFKA_CONSUMER_START: consumerStartSchema,
  /** Prefix of the BullMQ keys in Redis. */
  TRIAGE_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/)
    .default('opinion'),
  /** Cron pattern (Asia/Shanghai) of the retraining of the default model; empty: not scheduled. */
  TRIAGE_RETRAIN_SCHEDULE: z.string().default('30 2 * * *'),
  /** Whether this process trains (false on API-only replicas; training blocks its event loop). */
  TRIAGE_RETRAIN_WORKER: flag.default(true),
  TRIAGE_RETRAIN_MIN_CORRECTIONS: z.coerce.number().int().min(2).default(50),
  TRIAGE_RETRAIN_WEAK_ROWS: z.coerce.number().int().min(0).default(5_000),
  /** Assessed items after which the index is snapshotted again; 0: only on shutdown. */
  TRIAGE_SNAPSHOT_EVERY: z.coerce.number().int().min(0).default(5_000),
  /** Whether a graceful shutdown snapshots the index (when it moved on since the last one). */
  TRIAGE_SNAPSHOT_ON_SHUTDOWN: flag.default(true),
  /** Complete snapshots kept: the newest, and older ones in case it cannot be read. */
  TRIAGE_SNAPSHOT_KEEP: z.coerce.number().int().min(1).max(10).default(2),
  /** false: ignore snapshots at start-up and replay the whole log (they are still written). */
  TRIAGE_SNAPSHOT_RESTORE: flag.default(true),
  LOG_LEVEL: logLevelSchema,
});

export type TriageConfig = z.infer<typeof triageConfigSchema>;
