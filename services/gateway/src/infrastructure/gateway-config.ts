import {
  bodyLimitSchema,
  consumerStartSchema,
  infrastructureEnvSchema,
  logLevelSchema,
  portSchema,
} from '@opinion/config';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Where `npm run web:build` writes the web app (services/web/dist), from this file's place. */
const BUILT_WEB_APP = resolve(__dirname, '..', '..', '..', 'web', 'dist');

/** `count/seconds`, e.g. `10/300`: at most 10 requests per 300 s window. */
const rateLimit = (fallback: string) =>
  z
    .string()
    .regex(/^\d+\/\d+$/, 'must be count/seconds, such as 10/300')
    .default(fallback)
    .transform((value) => {
      const [limit, seconds] = value.split('/').map(Number);
      return { limit, windowMs: seconds * 1000 };
    });

/** The gateway's environment; main.ts refuses to start when it does not parse. */
export const gatewayConfigSchema = infrastructureEnvSchema.extend({
  GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
  GATEWAY_PORT: portSchema(3100),
  /** Intake and triage listen on loopback only; the gateway is their sole caller. */
  INTAKE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3101'),
  TRIAGE_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3102'),
  /** HS256 key of the access tokens: at least 32 characters, never a default. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3_600).default(900),
  /** A session ends after this long without a refresh. */
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(300)
    .default(14 * 24 * 3_600),
  GATEWAY_BODY_LIMIT: bodyLimitSchema('256kb'),
  /** Prefix of every Redis key (sessions, rate limits), so deployments and tests can share a server. */
  REDIS_KEY_PREFIX: z.string().min(1).default('gateway:'),
  LOGIN_LIMIT_PER_IP: rateLimit('30/60'),
  LOGIN_LIMIT_PER_USERNAME: rateLimit('10/300'),
  SUBMIT_LIMIT_PER_IP: rateLimit('120/60'),
  SUBMIT_LIMIT_PER_USER: rateLimit('30/60'),
  /** Express `trust proxy`: set when a reverse proxy in front sets X-Forwarded-For. */
  TRUST_PROXY: z.enum(['false', 'loopback', 'true']).default('false'),
  /** The built web app (index.html + assets/) served at `/`; without index.html, a hint. */
  GATEWAY_WEB_ROOT: z.string().min(1).default(BUILT_WEB_APP),
  GATEWAY_CONSUMER_GROUP: z.string().min(1).default('gateway'),
  KAFKA_CONSUMER_START: consumerStartSchema,
  LOG_LEVEL: logLevelSchema,
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
export type RateLimitRule = GatewayConfig['LOGIN_LIMIT_PER_IP'];
