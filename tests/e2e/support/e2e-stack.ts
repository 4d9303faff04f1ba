import { mongoUriForDatabase, testInfrastructure, uniqueName } from '@opinion/testing';
import mongoose from 'mongoose';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { untilConsuming } from './consumer-groups';
import { freePort } from './free-port';
import { repoRoot, ServiceProcess } from './service-process';

const run = promisify(execFile);
const START_TIMEOUT_MS = 120_000;

export interface E2eStack {
  /** The gateway's base URL: specs talk to nothing else, as people do. */
  gatewayUrl: string;
  /** Stops the services, prints their logs' tails when asked, drops the database. */
  stop(printLogs: boolean): Promise<void>;
}

/**
 * Intake, triage and the gateway as child processes from source, sharing one new database (the
 * event log is shared) and apart from every other run: own ports, consumer groups, queue and
 * Redis key prefixes, and a signing key. The broker is shared, so consumers start at its end.
 */
export async function startE2eStack(
  /** Settings of the gateway's besides the stack's own (e.g. higher submit limits). */
  gatewayEnv: NodeJS.ProcessEnv = {},
): Promise<E2eStack> {
  const infrastructure = testInfrastructure();
  const runId = uniqueName('e2e');
  const mongoUri = mongoUriForDatabase(infrastructure.MONGODB_URI, runId);
  const [intakePort, triagePort, gatewayPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const common: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: mongoUri,
    KAFKA_BROKERS: infrastructure.KAFKA_BROKERS.join(','),
    REDIS_URL: infrastructure.REDIS_URL,
    KAFKA_CONSUMER_START: 'latest',
    LOG_LEVEL: 'info',
  };
  await run(
    process.execPath,
    ['-r', '@swc-node/register', join(repoRoot, 'services/gateway/src/seed/main.ts')],
    {
      cwd: repoRoot,
      env: common,
    },
  );
  const services = [
    ServiceProcess.start('intake', intakePort, {
      ...common,
      INTAKE_PORT: String(intakePort),
      INTAKE_CONSUMER_GROUP: `${runId}.intake`,
      INTAKE_QUEUE_PREFIX: runId,
    }),
    ServiceProcess.start('triage', triagePort, {
      ...common,
      TRIAGE_PORT: String(triagePort),
      TRIAGE_CONSUMER_GROUP: `${runId}.triage`,
      TRIAGE_QUEUE_PREFIX: runId,
      TRIAGE_RETRAIN_SCHEDULE: '',
    }),
    ServiceProcess.start('gateway', gatewayPort, {
      ...common,
      GATEWAY_PORT: String(gatewayPort),
      INTAKE_URL: `http://127.0.0.1:${intakePort}`,
      TRIAGE_URL: `http://127.0.0.1:${triagePort}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      REDIS_KEY_PREFIX: `${runId}:`,
      GATEWAY_CONSUMER_GROUP: `${runId}.gateway`,
      ...gatewayEnv,
    }),
  ];
  const stop = async (printLogs: boolean) => {
    await Promise.all(services.map((service) => service.stop()));
    if (printLogs)
      process.stderr.write(`${services.map((service) => service.logTail()).join('\n')}\n`);
    const connection = await mongoose.createConnection(mongoUri).asPromise();
    await connection.dropDatabase();
    await connection.close();
  };
  try {
    await Promise.all(services.map((service) => service.healthy(START_TIMEOUT_MS)));
    await untilConsuming(
      infrastructure.KAFKA_BROKERS,
      `${runId}.`,
      services.map((service) => service.name),
    );
  } catch (error) {
    await stop(true);
    throw error;
  }
  return { gatewayUrl: services[2].url, stop };
}
