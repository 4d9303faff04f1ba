import { infrastructureEnvSchema } from '@opinion/config';
import { z } from 'zod';

/** The intake service's environment; main.ts refuses to start when it does not parse. */
export const intakeConfigSchema = infrastructureEnvSchema.extend({
  INTAKE_HOST: z.string().min(1).default('127.0.0.1'),
  INTAKE_PORT: z.coerce.number().int().min(0).max(65_535).default(3101),
  /** Largest accepted JSON body; attachments are metadata only, so items are small. */
  INTAKE_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/, 'must be a size such as 256kb')
    .default('256kb'),
  /** Prefix of the Kafka consumer groups; one per deployment of the service. */
  INTAKE_CONSUMER_GROUP: z.string().min(1).default('intake'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type IntakeConfig = z.infer<typeof intakeConfigSchema>;
