import { z } from 'zod';

/** pino's levels; every service reads LOG_LEVEL with this. */
export const logLevelSchema = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');
export type LogLevel = z.infer<typeof logLevelSchema>;

/** A TCP port; 0 lets the system choose one (tests). */
export const portSchema = (fallback: number) =>
  z.coerce.number().int().min(0).max(65_535).default(fallback);

/** A body-parser size limit such as 256kb. */
export const bodyLimitSchema = (fallback: string) =>
  z
    .string()
    .regex(/^\d+(b|kb|mb)$/, 'must be a size such as 256kb')
    .default(fallback);

/**
 * KAFKA_CONSUMER_START: where a consumer group without committed offsets starts reading.
 * `earliest` (the default): a new deployment builds its read models from every event ever
 * published. `latest`: only events published after the group joined; for tests on a shared
 * broker, whose topics hold every earlier run's events (they wait until the group has joined
 * before producing).
 */
export const consumerStartSchema = z.enum(['earliest', 'latest']).default('earliest');
export type ConsumerStart = z.infer<typeof consumerStartSchema>;

/** kafkajs' `fromBeginning` for a consumer start setting. */
export const fromBeginning = (start: ConsumerStart): boolean => start === 'earliest';
