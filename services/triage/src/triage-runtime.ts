import {
  EventRegistry,
  registerSubmissionEvents,
  registerTriageEvents,
  SUBMISSION_EVENTS,
  TRIAGE_CATEGORY,
  TRIAGE_EVENTS,
  TRIAGE_MODEL_CATEGORY,
  TRIAGE_TAXONOMY_CATEGORY,
  topicForEventType,
} from '@opinion/contracts';
import { fromBeginning } from '@opinion/config';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import {
  kafkaConsumers,
  outboxRelay,
  kafkaProbe,
  mongoProbe,
  ServiceParts,
  UseCases,
  type HealthProbe,
} from '@opinion/http';
import { createKafka, KafkaEventTransport } from '@opinion/messaging';
import { readDefaultModel } from '@opinion/text';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { ModelRegistry } from './application/models/model-registry';
import { SwitchModelHandler } from './application/models/switch-model-handler';
import { RetrainModelHandler } from './application/retrain-model/retrain-model-handler';
import { TaxonomyRegistry } from './application/taxonomies/taxonomy-registry';
import { SHIPPED_MODEL_ID } from './domain/triage-streams';
import { MongoAssessments } from './infrastructure/assessments-read-model';
import { MongoIndexSnapshots } from './infrastructure/mongo-index-snapshots';
import { MongoModelFiles } from './infrastructure/mongo-model-files';
import { MongoSubmissionTexts } from './infrastructure/mongo-submission-texts';
import { RetrainQueue } from './infrastructure/retrain-queue';
import type { TriageConfig } from './infrastructure/triage-config';
import { TriageMetrics } from './infrastructure/triage-metrics';
import { startRetrainWorker } from './interface/jobs/retrain-worker';
import { startTriageIndex, type StartedIndex } from './start-triage-index';
import { TRIAGE_USE_CASES, type TriagePorts } from './triage-use-cases';

export const SUBMISSION_TOPIC = topicForEventType(SUBMISSION_EVENTS.submitted);
export const TRIAGE_TOPIC = topicForEventType(TRIAGE_EVENTS.itemAssessed);

/** The streams triage writes, and its outbox relay publishes. */
const OWNED_CATEGORIES = [TRIAGE_CATEGORY, TRIAGE_MODEL_CATEGORY, TRIAGE_TAXONOMY_CATEGORY];

/**
 * The Kafka consumer groups of one deployment, named from its TRIAGE_CONSUMER_GROUP: one per
 * `@KafkaController` in interface/kafka/.
 */
export const triageConsumerGroups = (config: Pick<TriageConfig, 'TRIAGE_CONSUMER_GROUP'>) =>
  ['assess', 'assessments', 'models'].map((name) => `${config.TRIAGE_CONSUMER_GROUP}.${name}`);

/**
 * The composition root: opens MongoDB, Kafka and Redis, restores the index (a snapshot and the
 * triage log after it), the adopted models and the taxonomies, builds the use cases, and runs the
 * outbox relay, the retraining worker and the consumers (submissions → assess; own events → read
 * model, model and taxonomy switches) in-process. Its parts start in the order below and stop in
 * reverse (ServiceParts).
 */
export class TriageRuntime {
  private constructor(
    readonly useCases: UseCases<TriagePorts>,
    readonly metrics: TriageMetrics,
    readonly probes: HealthProbe[],
    readonly transport: KafkaEventTransport,
    private readonly parts: ServiceParts,
  ) {}

  static start(config: TriageConfig, logger: Logger): Promise<TriageRuntime> {
    return ServiceParts.build(async (parts) => {
      const connection = await parts.start(
        'mongodb',
        () => mongoose.createConnection(config.MONGODB_URI).asPromise(),
        (opened) => opened.close(),
      );
      const kafka = createKafka(config.KAFKA_BROKERS, 'triage');
      const registry = registerTriageEvents(registerSubmissionEvents(new EventRegistry()));
      const models = await eventStoreModels(connection);
      const store = new EventStore(models, { registry, ownedCategories: OWNED_CATEGORIES });
      const texts = new MongoSubmissionTexts(models, registry);
      const metrics = new TriageMetrics();
      const snapshots = await MongoIndexSnapshots.open(connection, config.TRIAGE_SNAPSHOT_KEEP);
      // Its stop writes the shutdown snapshot, once the consumers stopped adding items.
      const triageIndex = await startTriageIndex(
        parts,
        { store, texts, snapshots },
        config,
        metrics,
        logger,
      );
      const topics = [SUBMISSION_TOPIC, TRIAGE_TOPIC];
      await outboxRelay(
        parts,
        { kafka, models, categories: OWNED_CATEGORIES, topics, metrics },
        logger,
      );
      const queue = await parts.start(
        'retrain queue',
        () => new RetrainQueue(config.REDIS_URL, config.TRIAGE_QUEUE_PREFIX),
        (opened) => opened.close(),
      );
      await queue.schedule(config.TRIAGE_RETRAIN_SCHEDULE);
      const ports = await openPorts(connection, store, texts, triageIndex, queue, metrics, config);
      const useCases = new UseCases<TriagePorts>(TRIAGE_USE_CASES, ports);
      await useCases.get(SwitchModelHandler).restore(store, [TRIAGE_MODEL_CATEGORY]);
      await useCases.get(TaxonomyRegistry).restore(store);

      if (config.TRIAGE_RETRAIN_WORKER) await startWorker(parts, useCases, config, metrics, logger);
      const transport = await kafkaConsumers(
        parts,
        {
          kafka,
          registry,
          groupPrefix: config.TRIAGE_CONSUMER_GROUP,
          fromBeginning: fromBeginning(config.KAFKA_CONSUMER_START),
        },
        { logger, metrics },
      );
      const probes = [
        mongoProbe(connection),
        kafkaProbe(kafka),
        { name: 'redis', ping: () => queue.ping() },
      ];
      return new TriageRuntime(useCases, metrics, probes, transport, parts);
    });
  }

  stop(): Promise<void> {
    return this.parts.stop();
  }
}

/** The ports the use cases are built from: MongoDB, the index, the queue, the registries. */
async function openPorts(
  connection: Connection,
  store: EventStore,
  texts: MongoSubmissionTexts,
  { index, snapshotter }: StartedIndex,
  queue: RetrainQueue,
  metrics: TriageMetrics,
  config: TriageConfig,
) {
  return {
    store,
    index,
    indexWatcher: snapshotter,
    models: new ModelRegistry(SHIPPED_MODEL_ID, readDefaultModel()),
    taxonomies: new TaxonomyRegistry(),
    modelFiles: new MongoModelFiles(connection),
    texts,
    assessments: await MongoAssessments.open(connection),
    retrainRequests: queue,
    retrainLimits: {
      minCorrections: config.TRIAGE_RETRAIN_MIN_CORRECTIONS,
      maxCorrections: 50_000,
      weakRows: config.TRIAGE_RETRAIN_WEAK_ROWS,
    },
    outcomes: metrics,
  } satisfies TriagePorts;
}

/** Trains in this process (TRIAGE_RETRAIN_WORKER); stops after the consumers. */
function startWorker(
  parts: ServiceParts,
  useCases: UseCases<TriagePorts>,
  config: TriageConfig,
  metrics: TriageMetrics,
  logger: Logger,
) {
  return parts.start(
    'retrain worker',
    () =>
      startRetrainWorker(useCases.get(RetrainModelHandler), {
        redisUrl: config.REDIS_URL,
        prefix: config.TRIAGE_QUEUE_PREFIX,
        outcomes: metrics,
        logger,
      }),
    (worker) => worker.close(),
  );
}
