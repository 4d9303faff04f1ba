// Intake benchmark: submissions per second through the gateway into the event store, with
// latency at 50 concurrent clients, beside bare event-store appends of the same events.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Redis from 'ioredis';
import { eventStoreModels } from '@opinion/event-store';
import { createKafka, OutboxRelay } from '@opinion/messaging';
import type { Kafka } from 'kafkajs';
import mongoose from 'mongoose';
import { describeMachine, describeServer } from '../event-store/environment';
import { appendsLikeTheRun, bareAppends, relayPoll, submissionStore } from './baseline';
import { removeRun } from './cleanup';
import { loadItems } from './items';
import { fireSubmissions, signIn, type Member, type Route } from './load';
import {
  idempotencyProbes,
  mongoPing,
  redisProbes,
  refusedRequest,
  sample,
  type Summary,
} from './probes';
import {
  loadAverage,
  printAppends,
  printBacklog,
  printLoad,
  printProbes,
  type Backlog,
} from './report';
import { startServices, type RunNames } from './services';
import { benchSettings } from './settings';

/** Samples of the relay's look at the log. */
const RELAY_POLL_SAMPLES = 20;
const WARM_UP = 10;

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

function runNames(mongoUri: string): RunNames {
  const runId = randomUUID().slice(0, 8);
  const database = `bench-intake-${runId}`;
  const url = new URL(mongoUri);
  url.pathname = `/${database}`;
  return {
    runId,
    database,
    mongoUri: url.toString(),
    intakeGroup: `bench-intake-${runId}`,
    intakeQueuePrefix: `bench-intake-${runId}`,
    gatewayGroup: `bench-gateway-${runId}`,
    gatewayRedisPrefix: `bench-intake-${runId}:gateway:`,
  };
}

/** How far intake's relay and the two read models are behind the log (untimed). */
async function backlog(connection: mongoose.Connection, kafka: Kafka): Promise<Backlog> {
  const commits = connection.collection('event_commits');
  // The relay's lag as intake's own relay (same name, so the same checkpoint) reports it.
  const relay = new OutboxRelay(await eventStoreModels(connection), kafka, {
    categories: ['submission'],
  });
  const [submissionCommits, { pendingCommits: unpublished }, gatewayReadModel, intakeReadModel] =
    await Promise.all([
      commits.countDocuments({ category: 'submission' }),
      relay.lag(),
      connection.collection('gateway_submissions').countDocuments(),
      connection.collection('intake_my_submissions').countDocuments(),
    ]);
  return { submissionCommits, unpublished, gatewayReadModel, intakeReadModel };
}

async function redisVersion(url: string): Promise<string> {
  const redis = new Redis(url);
  try {
    const info = await redis.info('server');
    return `Redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'} at ${new URL(url).host}`;
  } finally {
    await redis.quit();
  }
}

/** One submission at a time through `route`, with keys of its own. */
const oneAtATime = async (
  route: Route,
  baseUrl: string,
  members: Member[],
  items: ReturnType<typeof loadItems>['items'],
  samples: number,
  keyPrefix: string,
): Promise<Summary> => {
  let index = 0;
  return sample(samples, async () => {
    const result = await fireSubmissions({
      route,
      baseUrl,
      members: [members[index % members.length]],
      items: [items[index % items.length]],
      total: 1,
      clients: 1,
      keyPrefix: `${keyPrefix}-${(index += 1)}`,
    });
    if (result.created !== 1) throw new Error(`probe answered ${JSON.stringify(result.statuses)}`);
  });
};

async function main(): Promise<void> {
  const settings = benchSettings();
  const names = runNames(settings.MONGODB_URI);
  const infrastructure = {
    MONGODB_URI: settings.MONGODB_URI,
    KAFKA_BROKERS: settings.KAFKA_BROKERS,
    REDIS_URL: settings.REDIS_URL,
  };
  const clients = settings.BENCH_INTAKE_CLIENTS;
  const total = settings.BENCH_INTAKE_SUBMISSIONS;
  const probes = settings.BENCH_INTAKE_PROBES;
  const { items, source } = loadItems(settings.TIPDM_DATA);
  const connection = await mongoose.createConnection(names.mongoUri).asPromise();
  const runStart = performance.now();
  try {
    console.log(`Machine:  ${describeMachine()}`);
    console.log(`Load:     ${loadAverage()} before the run`);
    console.log(`Servers:  ${await describeServer(connection, settings.MONGODB_URI)}`);
    console.log(
      `          ${await redisVersion(settings.REDIS_URL)}; Kafka at ${settings.KAFKA_BROKERS.join(',')}`,
    );
    console.log(`Database: ${names.database} (dropped at the end)`);
    console.log(`Items:    关于……的建议 made from ${source}`);
    console.log(
      `Sizes:    ${total} submissions through the gateway, then ${total} bare appends; ` +
        `${clients} clients, ` +
        `${settings.BENCH_INTAKE_MEMBERS} members, ${probes} samples per probe`,
    );

    let start = performance.now();
    const services = await startServices(infrastructure, names, settings.BENCH_INTAKE_MEMBERS);
    let running = true;
    const stopServices = async () => {
      if (!running) return;
      running = false;
      await services.stop();
    };
    let members: Member[];
    try {
      const started = seconds(start);
      start = performance.now();
      members = await signIn(services.gatewayUrl, services.members);
      const steps = Object.entries(services.steps)
        .map(([name, took]) => `${name} ${took.toFixed(1)} s`)
        .join(', ');
      console.log(
        `Setup:    intake and gateway started in this process in ${started} s (${steps});`,
      );
      console.log(`          ${members.length} members signed in in ${seconds(start)} s`);
      // Warm-up, untimed: JIT, connection pools, the first commit of the log's sequence.
      await fireSubmissions({
        route: 'gateway',
        baseUrl: services.gatewayUrl,
        members,
        items,
        total: WARM_UP,
        clients: WARM_UP,
        keyPrefix: `${names.runId}-warm-up`,
      });

      const gatewayRate = printLoad(
        'Through the gateway (POST /api/submissions → intake POST /submissions → store)',
        clients,
        await fireSubmissions({
          route: 'gateway',
          baseUrl: services.gatewayUrl,
          members,
          items,
          total,
          clients,
          keyPrefix: `${names.runId}-gateway`,
        }),
      );
      printBacklog(await backlog(connection, createKafka(settings.KAFKA_BROKERS, 'bench-intake')));

      const rows: Array<[string, Summary]> = [
        [
          'submit through the gateway',
          await oneAtATime(
            'gateway',
            services.gatewayUrl,
            members,
            items,
            probes,
            `${names.runId}-probe-gateway`,
          ),
        ],
        [
          'submit straight to intake',
          await oneAtATime(
            'intake',
            services.intakeUrl,
            members,
            items,
            probes,
            `${names.runId}-probe-intake`,
          ),
        ],
      ];
      const redis = await redisProbes(
        settings.REDIS_URL,
        `${names.gatewayRedisPrefix}probe:`,
        probes,
      );
      rows.push(
        ['Redis EXISTS (session check)', redis.sessionExists],
        ['Redis rate-limit counter (2 per submit)', redis.rateLimitHit],
        [
          'gateway refuses at once (401, no token)',
          await refusedRequest(`${services.gatewayUrl}/api/submissions`, probes),
        ],
        [
          'forwarding hop: intake refuses (401)',
          await refusedRequest(`${services.intakeUrl}/submissions`, probes),
        ],
      );
      start = performance.now();
      await stopServices();
      console.log(`\n(apps stopped in ${seconds(start)} s; the baseline runs with nothing else)`);

      const idempotency = await idempotencyProbes(connection, probes);
      rows.push(
        ['idempotency claim (insert)', idempotency.claim],
        ['idempotency markCreated (update by _id)', idempotency.markCreated],
      );
      const store = await submissionStore(connection);
      const appends = await appendsLikeTheRun(connection, total + probes + 1);
      const [warmUp, ...rest] = appends;
      await store.append(warmUp.streamId, 'no_stream', [warmUp.event], warmUp.metadata);
      let probe = 0;
      rows.push([
        'bare store append (no_stream)',
        await sample(probes, () => {
          const { streamId, event, metadata } = rest[probe++];
          return store.append(streamId, 'no_stream', [event], metadata);
        }),
      ]);
      rows.push(['MongoDB ping', await mongoPing(connection, probes)]);
      rows.push([
        `outbox relay's next batch from the log (${Math.min(probes, RELAY_POLL_SAMPLES)} calls)`,
        await sample(Math.min(probes, RELAY_POLL_SAMPLES), () => relayPoll(connection)),
      ]);

      const commits = await connection.collection('event_commits').estimatedDocumentCount();
      const bareRate = printAppends(
        `Bare EventStore appends (no_stream, one submitted event each, same database, log of ${commits} commits)`,
        clients,
        await bareAppends(store, rest.slice(probes), clients),
      );
      console.log(`\n  gateway / bare appends: ${((gatewayRate / bareRate) * 100).toFixed(1)}%`);
      printProbes(probes, rows);
    } catch (error) {
      await stopServices().catch(() => undefined);
      throw error;
    }
    console.log(`\nLoad:     ${loadAverage()} after the run`);
  } finally {
    await removeRun(infrastructure, names, connection);
    console.log(
      `Run took ${seconds(runStart)} s (database, Redis keys and consumer groups removed)`,
    );
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
