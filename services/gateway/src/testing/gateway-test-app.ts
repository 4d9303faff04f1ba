import { loadConfig } from '@opinion/config';
import { createKafka } from '@opinion/messaging';
import {
  mongoUriForDatabase,
  testInfrastructure,
  uniqueName,
  untilGroupsJoined,
} from '@opinion/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import Redis from 'ioredis';
import mongoose, { type Connection } from 'mongoose';
import type { AddressInfo } from 'node:net';
import { CreateOrganisationHandler } from '../application/create-organisation/create-organisation-handler';
import { CreateUserHandler } from '../application/create-user/create-user-handler';
import { createGatewayApp } from '../create-gateway-app';
import { gatewayConsumerGroups } from '../gateway-runtime';
import { gatewayConfigSchema } from '../infrastructure/gateway-config';
import { DEMO_ORGANISATIONS, DEMO_USERS } from '../seed/demo-data';
import { seed } from '../seed/seed';

export interface GatewayTestApp {
  app: NestExpressApplication;
  url: string;
  /** The gateway's database, for looking at what it stored. */
  connection: Connection;
  /** Closes the app, then drops the database and the Redis keys. */
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
  const connection = await mongoose.createConnection(config.MONGODB_URI).asPromise();
  const redis = new Redis(config.REDIS_URL, { keyPrefix: config.REDIS_KEY_PREFIX });
  const cleanUp = async () => {
    await connection.dropDatabase();
    await connection.close();
    // ioredis prefixes the keys of DEL, not the pattern of KEYS (nor the keys it answers).
    const keys = await redis.keys(`${config.REDIS_KEY_PREFIX}*`);
    const unprefixed = keys.map((key) => key.slice(config.REDIS_KEY_PREFIX.length));
    if (unprefixed.length > 0) await redis.del(...unprefixed);
    await redis.quit();
  };
  let app: NestExpressApplication | undefined;
  try {
    app = await createGatewayApp(config);
    await app.listen(0, '127.0.0.1');
    const kafka = createKafka(config.KAFKA_BROKERS, 'gateway-test');
    await untilGroupsJoined(kafka, gatewayConsumerGroups(config));
    const handlers = {
      createOrganisation: app.get(CreateOrganisationHandler),
      createUser: app.get(CreateUserHandler),
    };
    await seed(handlers, { organisations: DEMO_ORGANISATIONS, users: DEMO_USERS });
  } catch (error) {
    await app?.close();
    await cleanUp();
    throw error;
  }
  const started = app;
  const { port } = started.getHttpServer().address() as AddressInfo;
  return {
    app: started,
    url: `http://127.0.0.1:${port}`,
    connection,
    close: async () => {
      await started.close();
      await cleanUp();
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
