import {
  EventRegistry,
  eventTopic,
  registerIdentityEvents,
  registerSubmissionEvents,
  SUBMISSION_EVENTS,
  topicForEventType,
  type EventEnvelope,
} from '@opinion/contracts';
import { fromBeginning } from '@opinion/config';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import { kafkaProbe, mongoProbe, type HealthProbe } from '@opinion/http';
import { createKafka, ensureTopics, EventConsumer, OutboxRelay } from '@opinion/messaging';
import Redis from 'ioredis';
import type { Kafka } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { AuthenticateHandler } from './application/authenticate/authenticate-handler';
import { CreateOrganisationHandler } from './application/create-organisation/create-organisation-handler';
import { CreateUserHandler } from './application/create-user/create-user-handler';
import { ForwardCommandHandler } from './application/forward-command/forward-command-handler';
import { GetMeHandler } from './application/get-me/get-me-handler';
import { GetSubmissionHandler } from './application/get-submission/get-submission-handler';
import { GetUserHandler } from './application/get-user/get-user-handler';
import {
  IdentityStreams,
  ORGANISATION_CATEGORY,
  USER_CATEGORY,
} from './application/identity-streams';
import { ListMySubmissionsHandler } from './application/list-my-submissions/list-my-submissions-handler';
import { ListOrganisationsHandler } from './application/list-organisations/list-organisations-handler';
import { LoginHandler } from './application/login/login-handler';
import { LogoutHandler } from './application/logout/logout-handler';
import { RefreshHandler } from './application/refresh/refresh-handler';
import { ForwardTaxonomyHandler } from './application/forward-taxonomy/forward-taxonomy-handler';
import { RequestRetrainHandler } from './application/request-retrain/request-retrain-handler';
import { SimilarItemsHandler } from './application/similar-items/similar-items-handler';
import { SubmissionVisibility } from './application/submission-visibility';
import { RenameOrganisationHandler } from './application/rename-organisation/rename-organisation-handler';
import { UpdateUserHandler } from './application/update-user/update-user-handler';
import { Argon2Credentials } from './infrastructure/argon2-credentials';
import type { GatewayConfig } from './infrastructure/gateway-config';
import { HttpDownstream } from './infrastructure/http-downstream';
import { JwtAccessTokens } from './infrastructure/jwt-access-tokens';
import { GatewayMetrics } from './infrastructure/metrics';
import { MongoIdentityReadModels } from './infrastructure/mongo-identity-read-models';
import { MongoSubmissionReadModel } from './infrastructure/mongo-submission-read-model';
import { MongoUsernameReservations } from './infrastructure/mongo-username-reservations';
import { RedisRateLimiter } from './infrastructure/redis-rate-limiter';
import { RedisSessions } from './infrastructure/redis-sessions';

export const IDENTITY_TOPIC = eventTopic('opinion', 'identity');
export const SUBMISSION_TOPIC = topicForEventType(SUBMISSION_EVENTS.submitted);

export const readModelsConsumerGroup = (config: GatewayConfig) =>
  `${config.GATEWAY_CONSUMER_GROUP}.read-models`;

export interface GatewayHandlers {
  login: LoginHandler;
  refresh: RefreshHandler;
  logout: LogoutHandler;
  authenticate: AuthenticateHandler;
  createOrganisation: CreateOrganisationHandler;
  renameOrganisation: RenameOrganisationHandler;
  listOrganisations: ListOrganisationsHandler;
  createUser: CreateUserHandler;
  updateUser: UpdateUserHandler;
  getUser: GetUserHandler;
  getMe: GetMeHandler;
  getSubmission: GetSubmissionHandler;
  listMySubmissions: ListMySubmissionsHandler;
  forwardToIntake: ForwardCommandHandler;
  forwardToTriage: ForwardCommandHandler;
  similarItems: SimilarItemsHandler;
  requestRetrain: RequestRetrainHandler;
  forwardTaxonomy: ForwardTaxonomyHandler;
}

/**
 * The composition root: opens MongoDB, Redis and Kafka, builds the handlers, and runs the outbox
 * relay of the identity streams and one consumer that keeps the read models (identity and
 * intake's submissions) up to date.
 */
export class GatewayRuntime {
  private constructor(
    readonly config: GatewayConfig,
    readonly connection: Connection,
    readonly redis: Redis,
    readonly kafka: Kafka,
    readonly handlers: GatewayHandlers,
    readonly rateLimiter: RedisRateLimiter,
    readonly metrics: GatewayMetrics,
    readonly probes: HealthProbe[],
    readonly logger: Logger,
    private readonly relay: OutboxRelay,
    private readonly consumer: EventConsumer,
  ) {}

  static async start(config: GatewayConfig, logger: Logger): Promise<GatewayRuntime> {
    const connection = await mongoose.createConnection(config.MONGODB_URI).asPromise();
    const redis = new Redis(config.REDIS_URL, { keyPrefix: config.REDIS_KEY_PREFIX });
    const kafka = createKafka(config.KAFKA_BROKERS, 'gateway');
    try {
      const registry = registerSubmissionEvents(registerIdentityEvents(new EventRegistry()));
      const models = await eventStoreModels(connection);
      const store = new EventStore(models, {
        registry,
        ownedCategories: [USER_CATEGORY, ORGANISATION_CATEGORY],
      });
      const identity = await MongoIdentityReadModels.open(connection);
      const submissions = await MongoSubmissionReadModel.open(connection);
      const streams = new IdentityStreams(store, identity);
      const reservations = new MongoUsernameReservations(connection);
      const credentials = new Argon2Credentials(connection);
      const sessions = new RedisSessions(redis, config.REFRESH_TOKEN_TTL_SECONDS * 1000);
      const tokens = new JwtAccessTokens(config.JWT_SECRET, config.ACCESS_TOKEN_TTL_SECONDS);
      const visibility = new SubmissionVisibility(identity);
      const forwardToTriage = new ForwardCommandHandler(
        new HttpDownstream('triage', config.TRIAGE_URL),
      );
      const handlers: GatewayHandlers = {
        login: new LoginHandler(reservations, identity, credentials, sessions, tokens),
        refresh: new RefreshHandler(sessions, identity, tokens),
        logout: new LogoutHandler(sessions),
        authenticate: new AuthenticateHandler(tokens, sessions),
        createOrganisation: new CreateOrganisationHandler(streams),
        renameOrganisation: new RenameOrganisationHandler(streams),
        listOrganisations: new ListOrganisationsHandler(identity),
        createUser: new CreateUserHandler(streams, reservations, credentials),
        updateUser: new UpdateUserHandler(streams, credentials, sessions),
        getUser: new GetUserHandler(identity),
        getMe: new GetMeHandler(identity),
        getSubmission: new GetSubmissionHandler(submissions, visibility),
        listMySubmissions: new ListMySubmissionsHandler(submissions),
        forwardToIntake: new ForwardCommandHandler(new HttpDownstream('intake', config.INTAKE_URL)),
        forwardToTriage,
        similarItems: new SimilarItemsHandler(forwardToTriage, submissions, visibility),
        requestRetrain: new RequestRetrainHandler(forwardToTriage, identity),
        forwardTaxonomy: new ForwardTaxonomyHandler(forwardToTriage, identity),
      };

      const admin = kafka.admin();
      await admin.connect();
      await ensureTopics(admin, [IDENTITY_TOPIC, SUBMISSION_TOPIC]).finally(() =>
        admin.disconnect(),
      );
      const relay = new OutboxRelay(models, kafka, {
        categories: [USER_CATEGORY, ORGANISATION_CATEGORY],
      });
      await relay.start((error) => logger.error({ err: error }, 'outbox relay pass failed'));

      // Identity events were applied when appended; these deliveries repair a crash in between.
      const consumer = new EventConsumer(kafka, {
        groupId: readModelsConsumerGroup(config),
        topics: [IDENTITY_TOPIC, SUBMISSION_TOPIC],
        fromBeginning: fromBeginning(config.KAFKA_CONSUMER_START),
        registry,
        handler: (event: EventEnvelope) =>
          event.streamId.startsWith('submission-')
            ? submissions.projection.apply([event])
            : identity.apply([event]),
        onDeadLetter: (topic, error) =>
          logger.error({ err: error, topic }, 'event sent to the dead-letter topic'),
      });
      await consumer.start(kafka);
      return new GatewayRuntime(
        config,
        connection,
        redis,
        kafka,
        handlers,
        new RedisRateLimiter(redis),
        new GatewayMetrics(),
        [mongoProbe(connection), { name: 'redis', ping: () => redis.ping() }, kafkaProbe(kafka)],
        logger,
        relay,
        consumer,
      );
    } catch (error) {
      redis.disconnect();
      await connection.close();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.consumer.stop();
    await this.relay.stop();
    await this.redis.quit();
    await this.connection.close();
  }
}
