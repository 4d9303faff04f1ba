import { loadConfig } from '@opinion/config';
import {
  mongoUriForDatabase,
  testInfrastructure,
  uniqueName,
  untilGroupsJoined,
} from '@opinion/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { createGatewayApp } from '../create-gateway-app';
import { GatewayRuntime, readModelsConsumerGroup } from '../gateway-runtime';
import { gatewayConfigSchema } from '../infrastructure/gateway-config';
import { DEMO_ORGANISATIONS, DEMO_USERS } from '../seed/demo-data';
import { seed } from '../seed/seed';

export interface GatewayTestApp {
  app: NestExpressApplication;
  runtime: GatewayRuntime;
  url: string;
  /** Drops the database and the Redis keys, then closes the app and its connections. */
  close(): Promise<void>;
}

/**
 * A gateway on port 0 with a database, Redis key prefix and consumer group of its own, seeded
 * with the demo tree and users.
 */
export async function startGatewayTestApp(
  env: Record<string, string> = {},
): Promise<GatewayTestApp> {
  const infrastructure = testInfrastructure();
  const config = loadConfig(gatewayConfigSchema, {
    MONGODB_URI: mongoUriForDatabase(infrastructure.MONGODB_URI, uniqueName('gateway')),
    KAFKA_BROKERS: infrastructure.KAFKA_BROKERS.join(','),
    REDIS_URL: infrastructure.REDIS_URL,
    REDIS_KEY_PREFIX: `${uniqueName('gateway-test')}:`,
    GATEWAY_CONSUMER_GROUP: uniqueName('gateway-test'),
    JWT_SECRET: uniqueName('secret').padEnd(40, 'x'),
    LOG_LEVEL: 'silent',
    LOGIN_LIMIT_PER_IP: '1000/60',
    // The shared broker keeps every earlier run's events; this run needs only its own.
    KAFKA_CONSUMER_START: 'latest',
    ...env,
  });
  const app = await createGatewayApp(config);
  const runtime = app.get(GatewayRuntime);
  try {
    await app.listen(0, '127.0.0.1');
    await untilGroupsJoined(runtime.kafka, [readModelsConsumerGroup(config)]);
    await seed(runtime.handlers, { organisations: DEMO_ORGANISATIONS, users: DEMO_USERS });
  } catch (error) {
    await app.close();
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    runtime,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await runtime.connection.dropDatabase();
      const keys = await runtime.redis.keys('*');
      const unprefixed = keys.map((key) => key.slice(config.REDIS_KEY_PREFIX.length));
      if (unprefixed.length > 0) await runtime.redis.del(...unprefixed);
      await app.close();
    },
  };
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { errors?: Array<{ field: string; message: string }> };
}

/** A JSON request to the app; `token` becomes the bearer. */
export async function call(
  url: string,
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<JsonResponse> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.token && { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('application/json');
  return {
    status: response.status,
    headers: response.headers,
    body: json && text ? JSON.parse(text) : { text },
  };
}

export const demoPassword = (username: string) =>
  DEMO_USERS.find((user) => user.username === username)!.password;

/** A demo user's access token, signed in through the app. */
export async function tokenFor(url: string, username: string): Promise<string> {
  const answer = await call(url, 'POST', '/auth/login', {
    body: { username, password: demoPassword(username) },
  });
  return answer.body.accessToken as string;
}
