import { z } from 'zod';

/** Where the shared servers are. Defaults are the ones deploy/local starts on loopback. */
export const infrastructureEnvSchema = z.object({
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .default('127.0.0.1:9092')
    .transform((value) => value.split(',').map((broker) => broker.trim())),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
    .default('mongodb://127.0.0.1:27017/opinion'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .default('redis://127.0.0.1:6379'),
});

export type InfrastructureEnv = z.infer<typeof infrastructureEnvSchema>;

/** Which servers the environment points at explicitly: those are used as they are, never started. */
export interface ExternalServers {
  kafka: boolean;
  mongodb: boolean;
  redis: boolean;
}

export function externalServers(env: NodeJS.ProcessEnv = process.env): ExternalServers {
  return {
    kafka: Boolean(env.KAFKA_BROKERS),
    mongodb: Boolean(env.MONGODB_URI),
    redis: Boolean(env.REDIS_URL),
  };
}
