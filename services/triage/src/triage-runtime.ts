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
import { kafkaProbe, mongoProbe, registerRelayMetrics, type HealthProbe } from '@opinion/http';
import {
  consumerLag,
  createKafka,
  ensureTopics,
  EventConsumer,
  OutboxRelay,
} from '@opinion/messaging';
import { readDefaultModel } from '@opinion/text';
import type { Worker } from 'bullmq';
import type { Kafka } from 'kafkajs';
import mongoose from 'mongoose';
import type { Logger } from 'pino';
import { AssessItemHandler } from './application/assess-item/assess-item-handler';
import { CorrectClassificationHandler } from './application/correct-classification/correct-classification-handler';
import { GetItemHandler } from './application/get-item/get-item-handler';
import { HotIssuesHandler } from './application/hot-issues/hot-issues-handler';
import { ItemClassifier } from './application/models/item-classifier';
import { ModelRegistry } from './application/models/model-registry';
import { SwitchModelHandler } from './application/models/switch-model-handler';
import { ReclassifyItemHandler } from './application/reclassify-item/reclassify-item-handler';
import { RequestRetrainHandler } from './application/request-retrain/request-retrain-handler';
import { RetrainModelHandler } from './application/retrain-model/retrain-model-handler';
import { Serial } from './application/serial';
import { SimilarItemsHandler } from './application/similar-items/similar-items-handler';
import { DefineTaxonomyHandler } from './application/taxonomies/define-taxonomy-handler';
import { GetTaxonomyHandler } from './application/taxonomies/get-taxonomy-handler';
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
import { submissionEventsHandler } from './interface/kafka/submission-events';
import { startTriageIndex } from './start-triage-index';
import { assessmentsHandler, modelSwitchHandler } from './interface/kafka/triage-events';

export const SUBMISSION_TOPIC = topicForEventType(SUBMISSION_EVENTS.submitted);
export const TRIAGE_TOPIC = topicForEventType(TRIAGE_EVENTS.itemAssessed);

export interface TriageHandlers {
  getItem: GetItemHandler;
  hotIssues: HotIssuesHandler;
  similarItems: SimilarItemsHandler;
  correctClassification: CorrectClassificationHandler;
  requestRetrain: RequestRetrainHandler;
  retrainModel: RetrainModelHandler;
  getTaxonomy: GetTaxonomyHandler;
  defineTaxonomy: DefineTaxonomyHandler;
}

/** What stop() closes, in order: consumers and worker first, connections last. */
type Closer = () => Promise<unknown>;

/**
 * The composition root: opens MongoDB, Kafka and Redis, restores the adopted models and the
 * taxonomies, restores
 * the index (a snapshot and the triage log after it), then runs the outbox relay, the consumers (submissions → assess;
 * own events → read model, model and taxonomy switches) and the retraining worker in-process.
 */
export class TriageRuntime {
  private constructor(
    readonly handlers: TriageHandlers,
    readonly metrics: TriageMetrics,
    readonly probes: HealthProbe[],
    private readonly closers: Closer[],
  ) {}

  static async start(config: TriageConfig, logger: Logger): Promise<TriageRuntime> {
    const closers: Closer[] = [];
    const stop = () => runClosers(closers);
    try {
      const connection = await mongoose.createConnection(config.MONGODB_URI).asPromise();
      closers.unshift(() => connection.close());
      const kafka = createKafka(config.KAFKA_BROKERS, 'triage');
      const registry = registerTriageEvents(registerSubmissionEvents(new EventRegistry()));
      const models = await eventStoreModels(connection);
      const categories = [TRIAGE_CATEGORY, TRIAGE_MODEL_CATEGORY, TRIAGE_TAXONOMY_CATEGORY];
      const store = new EventStore(models, { registry, ownedCategories: categories });
      const texts = new MongoSubmissionTexts(models, registry);
      const files = new MongoModelFiles(connection);
      const assessments = await MongoAssessments.open(connection);
      const metrics = new TriageMetrics();

      const modelRegistry = new ModelRegistry(SHIPPED_MODEL_ID, readDefaultModel());
      const switchModel = new SwitchModelHandler(modelRegistry, files);
      await switchModel.restore(store, [TRIAGE_MODEL_CATEGORY]);
      const taxonomies = new TaxonomyRegistry();
      await taxonomies.restore(store);
      const classifier = new ItemClassifier(modelRegistry, taxonomies);
      const snapshots = await MongoIndexSnapshots.open(connection, config.TRIAGE_SNAPSHOT_KEEP);
      const {
        index,
        snapshotter,
        stop: stopSnapshots,
      } = await startTriageIndex({ store, texts, snapshots }, config, metrics, logger);
      // Runs after the consumers stopped adding items, before the connection closes.
      closers.unshift(stopSnapshots);

      const relay = await startRelay(kafka, models, categories, logger, closers);
      registerRelayMetrics(metrics, relay);

      const queue = new RetrainQueue(config.REDIS_URL, config.TRIAGE_QUEUE_PREFIX);
      closers.unshift(() => queue.close());
      await queue.schedule(config.TRIAGE_RETRAIN_SCHEDULE);
      const retrainModel = new RetrainModelHandler(
        store,
        assessments,
        texts,
        modelRegistry,
        taxonomies,
        files,
        {
          minCorrections: config.TRIAGE_RETRAIN_MIN_CORRECTIONS,
          maxCorrections: 50_000,
          weakRows: config.TRIAGE_RETRAIN_WEAK_ROWS,
        },
      );
      if (config.TRIAGE_RETRAIN_WORKER) {
        const worker: Worker = startRetrainWorker(retrainModel, {
          redisUrl: config.REDIS_URL,
          prefix: config.TRIAGE_QUEUE_PREFIX,
          metrics,
          logger,
        });
        closers.unshift(() => worker.close());
      }

      const groups = {
        assess: `${config.TRIAGE_CONSUMER_GROUP}.assess`,
        assessments: `${config.TRIAGE_CONSUMER_GROUP}.assessments`,
        models: `${config.TRIAGE_CONSUMER_GROUP}.models`,
      };
      const fromStart = fromBeginning(config.KAFKA_CONSUMER_START);
      const onDeadLetter = (topic: string, error: Error) =>
        logger.error({ err: error, topic }, 'event sent to the dead-letter topic');
      const consumers = [
        new EventConsumer(kafka, {
          groupId: groups.assess,
          topics: [SUBMISSION_TOPIC],
          registry,
          fromBeginning: fromStart,
          handler: submissionEventsHandler(
            new AssessItemHandler(store, index, classifier, new Serial(), snapshotter),
            new ReclassifyItemHandler(store, classifier),
            (type, outcome) => metrics.events.inc({ type, outcome }),
          ),
          onDeadLetter,
        }),
        new EventConsumer(kafka, {
          groupId: groups.assessments,
          topics: [TRIAGE_TOPIC],
          registry,
          fromBeginning: fromStart,
          handler: assessmentsHandler(assessments.projection),
          onDeadLetter,
        }),
        new EventConsumer(kafka, {
          groupId: groups.models,
          topics: [TRIAGE_TOPIC],
          registry,
          fromBeginning: fromStart,
          handler: modelSwitchHandler(switchModel, taxonomies),
          onDeadLetter,
        }),
      ];
      metrics.gauge(
        'kafka_consumer_lag_messages',
        'Messages past the consumer group committed offsets',
        ['group', 'topic'],
        async () =>
          (
            await Promise.all([
              consumerLag(kafka, groups.assess, [SUBMISSION_TOPIC]),
              consumerLag(kafka, groups.assessments, [TRIAGE_TOPIC]),
            ])
          )
            .flat()
            .map(({ groupId, topic, lag }) => ({ labels: { group: groupId, topic }, value: lag })),
      );
      for (const consumer of consumers) {
        closers.unshift(() => consumer.stop());
        await consumer.start(kafka);
      }

      const handlers: TriageHandlers = {
        getItem: new GetItemHandler(assessments),
        hotIssues: new HotIssuesHandler(assessments),
        similarItems: new SimilarItemsHandler(index),
        correctClassification: new CorrectClassificationHandler(store, taxonomies),
        requestRetrain: new RequestRetrainHandler(queue),
        retrainModel,
        getTaxonomy: new GetTaxonomyHandler(taxonomies),
        defineTaxonomy: new DefineTaxonomyHandler(store, taxonomies, modelRegistry),
      };
      const probes = [
        mongoProbe(connection),
        kafkaProbe(kafka),
        { name: 'redis', ping: () => queue.ping() },
      ];
      return new TriageRuntime(handlers, metrics, probes, closers);
    } catch (error) {
      await stop();
      throw error;
    }
  }

  stop(): Promise<void> {
    return runClosers(this.closers);
  }
}

async function startRelay(
  kafka: Kafka,
  models: Awaited<ReturnType<typeof eventStoreModels>>,
  categories: string[],
  logger: Logger,
  closers: Closer[],
): Promise<OutboxRelay> {
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [SUBMISSION_TOPIC, TRIAGE_TOPIC]).finally(() => admin.disconnect());
  const relay = new OutboxRelay(models, kafka, { categories });
  await relay.start((error) => logger.error({ err: error }, 'outbox relay pass failed'));
  closers.unshift(() => relay.stop());
  return relay;
}

async function runClosers(closers: Closer[]): Promise<void> {
  // Each closer once, newest first, even when an earlier one fails.
  for (const close of closers.splice(0)) await close().catch(() => undefined);
}
