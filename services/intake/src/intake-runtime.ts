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
  kafkaProbe,
  mongoProbe,
  registerRelayMetrics,
  ServiceMetrics,
  type HealthProbe,
} from '@opinion/http';
import { bullmqConnection } from '@opinion/jobs';
import { createKafka, ensureTopics, EventConsumer, OutboxRelay } from '@opinion/messaging';
import type { Worker } from 'bullmq';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { ConvertProposalHandler } from './application/convert-proposal/convert-proposal-handler';
import { GetImportHandler } from './application/import/get-import-handler';
import { RunImportHandler } from './application/import/run-import-handler';
import { StartImportHandler } from './application/import/start-import-handler';
import { GetSubmissionHandler } from './application/get-submission/get-submission-handler';
import { ListMySubmissionsHandler } from './application/list-my-submissions/list-my-submissions-handler';
import { RecordScreeningHandler } from './application/record-screening/record-screening-handler';
import { ReviseHandler } from './application/revise/revise-handler';
import { SaveDraftHandler } from './application/save-draft/save-draft-handler';
import { SubmissionStreams, SUBMISSION_CATEGORY } from './application/submission-streams';
import { SubmitDraftHandler } from './application/submit-draft/submit-draft-handler';
import { SubmitHandler } from './application/submit/submit-handler';
import { GetTimelineHandler } from './application/timeline/get-timeline-handler';
import { WithdrawHandler } from './application/withdraw/withdraw-handler';
import { BullmqImportQueue } from './infrastructure/bullmq-import-queue';
import { readImportRows } from './infrastructure/import-rows/read-import-rows';
import type { IntakeConfig } from './infrastructure/intake-config';
import { MongoIdempotencyKeys } from './infrastructure/mongo-idempotency-keys';
import { MongoImportFiles } from './infrastructure/mongo-import-files';
import { MongoImportStore } from './infrastructure/mongo-import-store';
import { MongoTimelines } from './infrastructure/mongo-timelines';
import { MySubmissionsProjection } from './infrastructure/my-submissions-projection';
import { startImportWorker } from './interface/jobs/import-worker';
import { screeningDecisionHandler } from './interface/kafka/screening-decisions';
import { timelineEventsHandler } from './interface/kafka/timeline-events';

export const SUBMISSION_TOPIC = topicForEventType(SUBMISSION_EVENTS.submitted);
export const SCREENING_TOPIC = topicForEventType(SCREENING_EVENTS.returned);
export const TRIAGE_TOPIC = topicForEventType(TRIAGE_EVENTS.itemAssessed);

/** The Kafka consumer groups of one deployment, named from its INTAKE_CONSUMER_GROUP. */
export const intakeConsumerGroups = (config: IntakeConfig) => ({
  mySubmissions: `${config.INTAKE_CONSUMER_GROUP}.my-submissions`,
  screening: `${config.INTAKE_CONSUMER_GROUP}.screening`,
  timeline: `${config.INTAKE_CONSUMER_GROUP}.timeline`,
});

export interface IntakeHandlers {
  submit: SubmitHandler;
  saveDraft: SaveDraftHandler;
  submitDraft: SubmitDraftHandler;
  revise: ReviseHandler;
  withdraw: WithdrawHandler;
  convertProposal: ConvertProposalHandler;
  getSubmission: GetSubmissionHandler;
  getTimeline: GetTimelineHandler;
  listMySubmissions: ListMySubmissionsHandler;
  startImport: StartImportHandler;
  getImport: GetImportHandler;
}

/**
 * The composition root: opens MongoDB, Kafka and Redis, builds the handlers, and runs the outbox
 * relay, the consumers (the "my items" read model, editorial screening decisions, the items'
 * timelines) and the import worker in-process.
 */
export class IntakeRuntime {
  private constructor(
    readonly handlers: IntakeHandlers,
    readonly metrics: ServiceMetrics,
    readonly probes: HealthProbe[],
    private readonly connection: Connection,
    private readonly relay: OutboxRelay,
    private readonly consumers: EventConsumer[],
    private readonly importQueue: BullmqImportQueue,
    private readonly importWorker: Worker,
  ) {}

  static async start(config: IntakeConfig, logger: Logger): Promise<IntakeRuntime> {
    const connection = await mongoose.createConnection(config.MONGODB_URI).asPromise();
    const kafka = createKafka(config.KAFKA_BROKERS, 'intake');
    const consumers: EventConsumer[] = [];
    let relay: OutboxRelay | undefined;
    const redis = bullmqConnection(config.REDIS_URL);
    const importQueue = new BullmqImportQueue(redis, config.INTAKE_QUEUE_PREFIX);
    let importWorker: Worker | undefined;
    try {
      const registry = registerTriageEvents(
        registerScreeningEvents(registerSubmissionEvents(new EventRegistry())),
      );
      const models = await eventStoreModels(connection);
      const store = new EventStore(models, { registry, ownedCategories: [SUBMISSION_CATEGORY] });
      const streams = new SubmissionStreams(store);
      const keys = await MongoIdempotencyKeys.open(connection);
      const mySubmissions = await MySubmissionsProjection.open(connection);
      const imports = await MongoImportStore.open(connection);
      const importFiles = new MongoImportFiles(connection);
      const timelines = new MongoTimelines(connection);
      const submit = new SubmitHandler(streams, keys);
      const getSubmission = new GetSubmissionHandler(streams);

      const admin = kafka.admin();
      await admin.connect();
      await ensureTopics(admin, [SUBMISSION_TOPIC]).finally(() => admin.disconnect());
      relay = new OutboxRelay(models, kafka, { categories: [SUBMISSION_CATEGORY] });
      await relay.start((error) => logger.error({ err: error }, 'outbox relay pass failed'));
      const metrics = new ServiceMetrics('intake');
      registerRelayMetrics(metrics, relay);

      const groups = intakeConsumerGroups(config);
      const fromStart = fromBeginning(config.KAFKA_CONSUMER_START);
      const onDeadLetter = (topic: string, error: Error) =>
        logger.error({ err: error, topic }, 'event sent to the dead-letter topic');
      consumers.push(
        new EventConsumer(kafka, {
          groupId: groups.mySubmissions,
          topics: [SUBMISSION_TOPIC],
          fromBeginning: fromStart,
          registry,
          handler: (event) => mySubmissions.projection.apply([event]),
          onDeadLetter,
        }),
        new EventConsumer(kafka, {
          groupId: groups.screening,
          topics: [SCREENING_TOPIC],
          fromBeginning: fromStart,
          registry,
          handler: screeningDecisionHandler(new RecordScreeningHandler(streams)),
          onDeadLetter,
        }),
        new EventConsumer(kafka, {
          groupId: groups.timeline,
          topics: [SUBMISSION_TOPIC, SCREENING_TOPIC, TRIAGE_TOPIC],
          fromBeginning: fromStart,
          registry,
          handler: timelineEventsHandler(timelines),
          onDeadLetter,
        }),
      );
      importWorker = startImportWorker(
        new RunImportHandler(imports, importFiles, readImportRows, submit),
        {
          connection: redis,
          prefix: config.INTAKE_QUEUE_PREFIX,
          concurrency: config.INTAKE_IMPORT_CONCURRENCY,
        },
        logger,
      );
      // Redis may have lost jobs (a restart without persistence); MongoDB knows what is pending.
      for (const importId of await imports.pending()) await importQueue.enqueue(importId);
      const runtime = new IntakeRuntime(
        {
          submit,
          saveDraft: new SaveDraftHandler(streams, keys),
          submitDraft: new SubmitDraftHandler(streams),
          revise: new ReviseHandler(streams),
          withdraw: new WithdrawHandler(streams),
          convertProposal: new ConvertProposalHandler(streams, keys),
          getSubmission,
          getTimeline: new GetTimelineHandler(getSubmission, timelines),
          listMySubmissions: new ListMySubmissionsHandler(mySubmissions),
          startImport: new StartImportHandler(imports, importFiles, importQueue),
          getImport: new GetImportHandler(imports),
        },
        metrics,
        [mongoProbe(connection), kafkaProbe(kafka)],
        connection,
        relay,
        consumers,
        importQueue,
        importWorker,
      );
      for (const consumer of consumers) await consumer.start(kafka);
      return runtime;
    } catch (error) {
      await importWorker?.close();
      await importQueue.close();
      await Promise.allSettled(consumers.map((consumer) => consumer.stop()));
      await relay?.stop();
      await connection.close();
      throw error;
    }
  }

  async stop(): Promise<void> {
    // The worker first: it lets a running import finish while MongoDB and Kafka are still open.
    await this.importWorker.close();
    await this.importQueue.close();
    await Promise.allSettled(this.consumers.map((consumer) => consumer.stop()));
    await this.relay.stop();
    await this.connection.close();
  }
}
