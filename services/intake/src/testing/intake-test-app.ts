import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@opinion/config';
import { createKafka } from '@opinion/messaging';
import {
  openTestDatabase,
  testInfrastructure,
  uniqueName,
  untilGroupsJoined,
} from '@opinion/testing';
import type { Connection } from 'mongoose';
import { createIntakeApp } from '../create-intake-app';
import { intakeConfigSchema, type IntakeConfig } from '../infrastructure/intake-config';
import { intakeConsumerGroups } from '../intake-runtime';

export interface IntakeTestApp {
  app: NestExpressApplication;
  url: string;
  config: IntakeConfig;
  /** The test's own database, for looking at what intake stored. */
  connection: Connection;
  /** Closes the app, then drops its database. */
  close(): Promise<void>;
}

/**
 * Intake on port 0 with a database and consumer groups of its own. The groups start at the
 * topics' end (the shared broker keeps every earlier run's events) and have joined when this
 * returns, so whatever the test publishes next reaches them.
 */
export async function startIntakeTestApp(
  prefix: string,
  env: Record<string, string> = {},
): Promise<IntakeTestApp> {
  const db = await openTestDatabase(prefix);
  const infrastructure = testInfrastructure();
  const config = loadConfig(intakeConfigSchema, {
    MONGODB_URI: db.uri,
    KAFKA_BROKERS: infrastructure.KAFKA_BROKERS.join(','),
    REDIS_URL: infrastructure.REDIS_URL,
    INTAKE_PORT: '0',
    INTAKE_QUEUE_PREFIX: uniqueName(prefix),
    INTAKE_CONSUMER_GROUP: uniqueName(prefix),
    KAFKA_CONSUMER_START: 'latest',
    LOG_LEVEL: 'silent',
    ...env,
  });
  let app: NestExpressApplication | undefined;
  try {
    app = await createIntakeApp(config);
    await app.listen(0, '127.0.0.1');
    const kafka = createKafka(config.KAFKA_BROKERS, `${prefix}-test`);
    await untilGroupsJoined(kafka, Object.values(intakeConsumerGroups(config)));
  } catch (error) {
    await app?.close();
    await db.drop();
    throw error;
  }
  const started = app;
  return {
    app: started,
    url: await started.getUrl(),
    config,
    connection: db.connection,
    close: async () => {
      await started.close();
      await db.drop();
    },
  };
}
