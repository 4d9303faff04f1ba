import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@opinion/config';
import { Kafka, logLevel } from 'kafkajs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { z } from 'zod';

// Services never import each other, and bench imports none of them statically either: like the
// gateway's forwarding spec and the operator CLI, it loads them by path at run time.
const servicesDir = join(__dirname, '..', '..', 'services');
/* eslint-disable @typescript-eslint/no-require-imports -- paths found at run time */
const load = <T>(service: string, ...path: string[]): T =>
  require(join(servicesDir, service, 'src', ...path)) as T;
/* eslint-enable @typescript-eslint/no-require-imports */

type CreateApp = (config: unknown) => Promise<NestExpressApplication>;

interface UserToCreate {
  username: string;
  password: string;
  displayName: string;
  organisationId: string;
  role: string;
  sector?: string;
}

/** A handler's class, the token its app provides it under. */
type HandlerClass = abstract new (...args: never[]) => unknown;

const intake = () => ({
  ...load<{ createIntakeApp: CreateApp }>('intake', 'create-intake-app'),
  ...load<{ intakeConfigSchema: z.ZodType }>('intake', 'infrastructure', 'intake-config'),
});

const gateway = () => ({
  ...load<{ createGatewayApp: CreateApp }>('gateway', 'create-gateway-app'),
  ...load<{ gatewayConfigSchema: z.ZodType }>('gateway', 'infrastructure', 'gateway-config'),
  ...load<{ CreateOrganisationHandler: HandlerClass }>(
    'gateway',
    'application',
    'create-organisation',
    'create-organisation-handler',
  ),
  ...load<{ CreateUserHandler: HandlerClass }>(
    'gateway',
    'application',
    'create-user',
    'create-user-handler',
  ),
  ...load<{ DEMO_ORGANISATIONS: unknown[]; DEMO_USERS: UserToCreate[] }>(
    'gateway',
    'seed',
    'demo-data',
  ),
  ...load<{
    seed: (
      handlers: unknown,
      data: { organisations: unknown[]; users: UserToCreate[] },
    ) => Promise<unknown>;
  }>('gateway', 'seed', 'seed'),
});

export interface Infrastructure {
  MONGODB_URI: string;
  KAFKA_BROKERS: string[];
  REDIS_URL: string;
}

/** Names of everything this run creates on the shared servers, so it can remove them. */
export interface RunNames {
  runId: string;
  database: string;
  mongoUri: string;
  intakeGroup: string;
  intakeQueuePrefix: string;
  gatewayGroup: string;
  gatewayRedisPrefix: string;
}

export interface RunningServices {
  /** Seconds each start-up step took. */
  steps: Record<string, number>;
  gatewayUrl: string;
  intakeUrl: string;
  members: Array<{ username: string; password: string }>;
  /** Stops both apps (the database stays, for the baseline). */
  stop(): Promise<void>;
}

const SUBMISSION_TOPIC = 'opinion.submission.events';
const SCREENING_TOPIC = 'opinion.screening.events';

export const kafkaOf = (brokers: string[]) =>
  new Kafka({ clientId: 'bench-intake', brokers, logLevel: logLevel.NOTHING });

/** The consumer groups the two apps create, with the topics each reads. */
export const consumerGroups = (names: RunNames) => ({
  [`${names.intakeGroup}.my-submissions`]: [SUBMISSION_TOPIC],
  [`${names.intakeGroup}.screening`]: [SCREENING_TOPIC],
  [`${names.gatewayGroup}.read-models`]: [SUBMISSION_TOPIC, 'opinion.identity.events'],
});

/** A new group that starts at the topics' end sees only what is sent once it has partitions. */
async function untilStable(kafka: Kafka, groupId: string, timeoutMs = 60_000): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [group] = (await admin.describeGroups([groupId])).groups;
      if (group.state === 'Stable' && group.members.length > 0) return;
      if (Date.now() > deadline) throw new Error(`consumer group ${groupId} is ${group.state}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await admin.disconnect();
  }
}

const listen = async (app: NestExpressApplication) => {
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
};

const SECTORS = ['经济界', '教育界', '医药卫生界', '农业界', '社会福利和社会保障界', '科技界'];

/**
 * Intake and the gateway in this process on ports 0, on the run's database, consumer groups,
 * Redis prefixes and queue prefix; the demo tree and users seeded, plus `memberCount` members
 * of 某区政协 to sign in. Submission rate limits are lifted: they would refuse a load test.
 */
export async function startServices(
  infrastructure: Infrastructure,
  names: RunNames,
  memberCount: number,
): Promise<RunningServices> {
  const kafka = kafkaOf(infrastructure.KAFKA_BROKERS);
  const steps: Record<string, number> = {};
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = (now - last) / 1000;
    last = now;
  };
  const shared = {
    MONGODB_URI: names.mongoUri,
    KAFKA_BROKERS: infrastructure.KAFKA_BROKERS.join(','),
    REDIS_URL: infrastructure.REDIS_URL,
    LOG_LEVEL: 'silent',
    // The shared broker keeps every earlier run's events; the bench needs only the command path.
    KAFKA_CONSUMER_START: 'latest',
  };
  const intakeModule = intake();
  const intakeApp = await intakeModule.createIntakeApp(
    loadConfig(intakeModule.intakeConfigSchema, {
      ...shared,
      INTAKE_CONSUMER_GROUP: names.intakeGroup,
      INTAKE_QUEUE_PREFIX: names.intakeQueuePrefix,
    }),
  );
  let gatewayApp: NestExpressApplication | undefined;
  const stop = async () => {
    await gatewayApp?.close();
    await intakeApp.close();
  };
  try {
    const intakeUrl = await listen(intakeApp);
    step('intake');
    const gatewayModule = gateway();
    gatewayApp = await gatewayModule.createGatewayApp(
      loadConfig(gatewayModule.gatewayConfigSchema, {
        ...shared,
        INTAKE_URL: intakeUrl,
        JWT_SECRET: `bench-intake-${names.runId}`.padEnd(48, 'x'),
        REDIS_KEY_PREFIX: names.gatewayRedisPrefix,
        GATEWAY_CONSUMER_GROUP: names.gatewayGroup,
        LOGIN_LIMIT_PER_IP: '100000/60',
        SUBMIT_LIMIT_PER_IP: '100000000/60',
        SUBMIT_LIMIT_PER_USER: '100000000/60',
      }),
    );
    const gatewayUrl = await listen(gatewayApp);
    step('gateway');
    await untilStable(kafka, `${names.gatewayGroup}.read-models`);
    step('gateway group stable');

    const members = Array.from({ length: memberCount }, (_, index) => ({
      username: `bench-member-${index + 1}`,
      password: `bench-${names.runId}-${index + 1}`,
      displayName: `测试委员${index + 1}`,
      organisationId: 'demo-district',
      role: 'member',
      sector: SECTORS[index % SECTORS.length],
    }));
    const handlers = {
      createOrganisation: gatewayApp.get(gatewayModule.CreateOrganisationHandler),
      createUser: gatewayApp.get(gatewayModule.CreateUserHandler),
    };
    await gatewayModule.seed(handlers, {
      organisations: gatewayModule.DEMO_ORGANISATIONS,
      users: [...gatewayModule.DEMO_USERS, ...members],
    });
    step('seed');
    return { steps, gatewayUrl, intakeUrl, members, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
