import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@opinion/config';
import { createKafka } from '@opinion/messaging';
import { testInfrastructure, uniqueName, untilGroupsJoined } from '@opinion/testing';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { z } from 'zod';

export interface SiblingService {
  url: string;
  close(): Promise<void>;
}

interface SiblingModules {
  createApp: (config: unknown) => Promise<NestExpressApplication>;
  configSchema: z.ZodType;
  /** The service's Kafka consumer groups, all under its `<NAME>_CONSUMER_GROUP` prefix. */
  consumerGroups: (config: Record<string, unknown>) => string[];
}

// Services never import each other (dependency rules); specs that run the real intake or triage
// beside the gateway load them by path at run time, as the operator CLI loads services.
const sourceOf = (name: string, ...path: string[]) =>
  join(__dirname, '..', '..', '..', name, 'src', ...path);
/* eslint-disable @typescript-eslint/no-require-imports -- paths found at run time */
const SIBLINGS: Record<'intake' | 'triage', () => SiblingModules> = {
  intake: () => {
    const { intakeConsumerGroups } = require(sourceOf('intake', 'intake-runtime')) as {
      intakeConsumerGroups: (config: unknown) => string[];
    };
    return {
      createApp: require(sourceOf('intake', 'create-intake-app')).createIntakeApp,
      configSchema: require(sourceOf('intake', 'infrastructure', 'intake-config'))
        .intakeConfigSchema,
      consumerGroups: (config) => intakeConsumerGroups(config),
    };
  },
  // Triage does not export its group names; these are the ones its runtime builds.
  triage: () => ({
    createApp: require(sourceOf('triage', 'create-triage-app')).createTriageApp,
    configSchema: require(sourceOf('triage', 'infrastructure', 'triage-config')).triageConfigSchema,
    consumerGroups: (config) =>
      ['assess', 'assessments', 'models'].map(
        (group) => `${String(config.TRIAGE_CONSUMER_GROUP)}.${group}`,
      ),
  }),
};
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Intake or triage in this process on a loopback port, on the given database, with consumer
 * groups and queue prefix of its own that start at the topics' end; resolves once its consumers
 * have joined, so it sees everything sent after.
 */
export async function startSiblingService(
  name: 'intake' | 'triage',
  MONGODB_URI: string,
  env: Record<string, string> = {},
): Promise<SiblingService> {
  const { createApp, configSchema, consumerGroups } = SIBLINGS[name]();
  const infrastructure = testInfrastructure();
  const prefix = name.toUpperCase();
  const config = loadConfig(configSchema, {
    MONGODB_URI,
    KAFKA_BROKERS: infrastructure.KAFKA_BROKERS.join(','),
    REDIS_URL: infrastructure.REDIS_URL,
    [`${prefix}_CONSUMER_GROUP`]: uniqueName(`${name}-test`),
    [`${prefix}_QUEUE_PREFIX`]: uniqueName(`${name}-test`),
    KAFKA_CONSUMER_START: 'latest',
    LOG_LEVEL: 'silent',
    ...env,
  }) as Record<string, unknown>;
  const app = await createApp(config);
  try {
    await app.listen(0, '127.0.0.1');
    await untilGroupsJoined(
      createKafka(infrastructure.KAFKA_BROKERS, `${name}-sibling-test`),
      consumerGroups(config),
    );
  } catch (error) {
    await app.close();
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  // A spec may stop a service to see the gateway without it; afterAll then closes nothing twice.
  let closed: Promise<void> | undefined;
  return { url: `http://127.0.0.1:${port}`, close: () => (closed ??= app.close()) };
}
