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
