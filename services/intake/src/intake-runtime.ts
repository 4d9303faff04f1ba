import {
  EventRegistry,
  registerScreeningEvents,
  registerSubmissionEvents,
  SCREENING_EVENTS,
  registerTriageEvents,
  SUBMISSION_EVENTS,
  topicForEventType,
  TRIAGE_EVENTS,
} from '@opinion/contracts';
import { fromBeginning } from '@opinion/config';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import {
  kafkaConsumers,
  outboxRelay,
  kafkaProbe,
  mongoProbe,
  ServiceMetrics,
  ServiceParts,
  UseCases,
  type HealthProbe,
} from '@opinion/http';
import { bullmqConnection } from '@opinion/jobs';
import { createKafka, KafkaEventTransport } from '@opinion/messaging';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { RunImportHandler } from './application/import/run-import-handler';
import { SubmissionStreams, SUBMISSION_CATEGORY } from './application/submission-streams';
import { BullmqImportQueue } from './infrastructure/bullmq-import-queue';
import { readImportRows } from './infrastructure/import-rows/read-import-rows';
import type { IntakeConfig } from './infrastructure/intake-config';
import { MongoIdempotencyKeys } from './infrastructure/mongo-idempotency-keys';
import { MongoImportFiles } from './infrastructure/mongo-import-files';
import { MongoImportStore } from './infrastructure/mongo-import-store';
import { MongoTimelines } from './infrastructure/mongo-timelines';
import { MySubmissionsProjection } from './infrastructure/my-submissions-projection';
import { startImportWorker } from './interface/jobs/import-worker';
import { INTAKE_USE_CASES, type IntakePorts } from './intake-use-cases';

export const SUBMISSION_TOPIC = topicForEventType(SUBMISSION_EVENTS.submitted);
export const SCREENING_TOPIC = topicForEventType(SCREENING_EVENTS.returned);
export const TRIAGE_TOPIC = topicForEventType(TRIAGE_EVENTS.itemAssessed);

/**
 * The Kafka consumer groups of one deployment, named from its INTAKE_CONSUMER_GROUP: one per
 * `@KafkaController` in interface/kafka/.
 */
export const intakeConsumerGroups = (config: IntakeConfig) =>
  ['my-submissions', 'screening', 'timeline'].map(
    (name) => `${config.INTAKE_CONSUMER_GROUP}.${name}`,
  );

/**
 * The composition root: opens MongoDB, Kafka and Redis, builds the use cases, and runs the outbox
 * relay, the consumers (the "my items" read model, editorial screening decisions, the items'
 * timelines) and the import worker in-process. Its parts start in the order below and stop in
 * reverse (ServiceParts).
 */
export class IntakeRuntime {
  private constructor(
    readonly useCases: UseCases<IntakePorts>,
    readonly metrics: ServiceMetrics,
    readonly probes: HealthProbe[],
    readonly transport: KafkaEventTransport,
    private readonly parts: ServiceParts,
  ) {}

  static start(config: IntakeConfig, logger: Logger): Promise<IntakeRuntime> {
    return ServiceParts.build(async (parts) => {
      const connection = await parts.start(
        'mongodb',
        () => mongoose.createConnection(config.MONGODB_URI).asPromise(),
        (opened) => opened.close(),
      );
      const kafka = createKafka(config.KAFKA_BROKERS, 'intake');
      const redis = bullmqConnection(config.REDIS_URL);
      const importQueue = await parts.start(
        'import queue',
        () => new BullmqImportQueue(redis, config.INTAKE_QUEUE_PREFIX),
        (queue) => queue.close(),
      );
      const registry = registerTriageEvents(
        registerScreeningEvents(registerSubmissionEvents(new EventRegistry())),
      );
      const models = await eventStoreModels(connection);
      const store = new EventStore(models, { registry, ownedCategories: [SUBMISSION_CATEGORY] });
      const ports = await openPorts(connection, store, importQueue);
      const useCases = new UseCases<IntakePorts>(INTAKE_USE_CASES, ports);

      const metrics = new ServiceMetrics('intake');
      const topics = [SUBMISSION_TOPIC];
      await outboxRelay(
        parts,
        { kafka, models, categories: [SUBMISSION_CATEGORY], topics, metrics },
        logger,
      );
      const transport = await kafkaConsumers(
        parts,
        {
          kafka,
          registry,
          groupPrefix: config.INTAKE_CONSUMER_GROUP,
          fromBeginning: fromBeginning(config.KAFKA_CONSUMER_START),
        },
        { logger, metrics },
      );
      await importWorker(parts, useCases, redis, config, logger);
      // Redis may have lost jobs (a restart without persistence); MongoDB knows what is pending.
      for (const importId of await ports.imports.pending()) await importQueue.enqueue(importId);
      return new IntakeRuntime(
        useCases,
        metrics,
        [mongoProbe(connection), kafkaProbe(kafka)],
        transport,
        parts,
      );
    });
  }

  stop(): Promise<void> {
    return this.parts.stop();
  }
}

/** The ports the use cases are built from, on MongoDB and the import queue. */
async function openPorts(
  connection: Connection,
  store: EventStore,
  importQueue: BullmqImportQueue,
) {
  return {
    streams: new SubmissionStreams(store),
    keys: await MongoIdempotencyKeys.open(connection),
    mySubmissions: await MySubmissionsProjection.open(connection),
    timelines: new MongoTimelines(connection),
    imports: await MongoImportStore.open(connection),
    importFiles: new MongoImportFiles(connection),
    importQueue,
    readImportRows,
  } satisfies IntakePorts;
}

/** Runs the imports; stops first, so a running import finishes while MongoDB and Kafka are open. */
function importWorker(
  parts: ServiceParts,
  useCases: UseCases<IntakePorts>,
  connection: ReturnType<typeof bullmqConnection>,
  config: IntakeConfig,
  logger: Logger,
) {
  return parts.start(
    'import worker',
    () =>
      startImportWorker(
        useCases.get(RunImportHandler),
        {
          connection,
          prefix: config.INTAKE_QUEUE_PREFIX,
          concurrency: config.INTAKE_IMPORT_CONCURRENCY,
        },
        logger,
      ),
    (worker) => worker.close(),
  );
}
