import {
  EventRegistry,
  eventTopic,
  registerIdentityEvents,
  registerSubmissionEvents,
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
  ServiceParts,
  UseCases,
  type HealthProbe,
} from '@opinion/http';
import { createKafka, KafkaEventTransport } from '@opinion/messaging';
import Redis from 'ioredis';
import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import {
  IdentityStreams,
  ORGANISATION_CATEGORY,
  USER_CATEGORY,
} from './application/identity-streams';
import { GATEWAY_USE_CASES, type GatewayPorts } from './gateway-use-cases';
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

const IDENTITY_TOPIC = eventTopic('opinion', 'identity');
const SUBMISSION_TOPIC = topicForEventType(SUBMISSION_EVENTS.submitted);
const TRIAGE_TOPIC = topicForEventType(TRIAGE_EVENTS.itemAssessed);
const IDENTITY_CATEGORIES = [USER_CATEGORY, ORGANISATION_CATEGORY];

/**
 * The Kafka consumer groups of one deployment, named from its GATEWAY_CONSUMER_GROUP: one per
 * `@KafkaController` in interface/kafka/.
 */
export const gatewayConsumerGroups = (config: GatewayConfig) =>
  ['read-models'].map((name) => `${config.GATEWAY_CONSUMER_GROUP}.${name}`);

/**
 * The composition root: opens MongoDB, Redis and Kafka, builds the use cases, and runs the outbox
 * relay of the identity streams and the consumer that keeps the read models (identity, and
 * intake's submissions with triage's answer about each) up to date. Its parts start in the order
 * below and stop in reverse (ServiceParts).
 */
export class GatewayRuntime {
  private constructor(
    readonly useCases: UseCases<GatewayPorts>,
    readonly rateLimiter: RedisRateLimiter,
    readonly metrics: GatewayMetrics,
    readonly probes: HealthProbe[],
    readonly transport: KafkaEventTransport,
    private readonly parts: ServiceParts,
  ) {}

  static start(config: GatewayConfig, logger: Logger): Promise<GatewayRuntime> {
    return ServiceParts.build(async (parts) => {
      const connection = await parts.start(
        'mongodb',
        () => mongoose.createConnection(config.MONGODB_URI).asPromise(),
        (opened) => opened.close(),
      );
      const redis = await parts.start(
        'redis',
        () => new Redis(config.REDIS_URL, { keyPrefix: config.REDIS_KEY_PREFIX }),
        (client) => client.quit(),
      );
      const kafka = createKafka(config.KAFKA_BROKERS, 'gateway');
      const registry = registerTriageEvents(
        registerSubmissionEvents(registerIdentityEvents(new EventRegistry())),
      );
      const models = await eventStoreModels(connection);
      const store = new EventStore(models, { registry, ownedCategories: IDENTITY_CATEGORIES });
      const ports = await openPorts(config, connection, redis, store);
      const useCases = new UseCases<GatewayPorts>(GATEWAY_USE_CASES, ports);

      const metrics = new GatewayMetrics();
      // The consumer's topics exist before it subscribes, whoever has not published yet.
      const topics = [IDENTITY_TOPIC, SUBMISSION_TOPIC, TRIAGE_TOPIC];
      await outboxRelay(
        parts,
        { kafka, models, categories: IDENTITY_CATEGORIES, topics, metrics },
        logger,
      );
      const transport = await kafkaConsumers(
        parts,
        {
          kafka,
          registry,
          groupPrefix: config.GATEWAY_CONSUMER_GROUP,
          fromBeginning: fromBeginning(config.KAFKA_CONSUMER_START),
        },
        { logger, metrics },
      );
      const redisProbe: HealthProbe = { name: 'redis', ping: () => redis.ping() };
      return new GatewayRuntime(
        useCases,
        new RedisRateLimiter(redis),
        metrics,
        [mongoProbe(connection), redisProbe, kafkaProbe(kafka)],
        transport,
        parts,
      );
    });
  }

  stop(): Promise<void> {
    return this.parts.stop();
  }
}

/** The ports the use cases are built from, on MongoDB, Redis and the services behind. */
async function openPorts(
  config: GatewayConfig,
  connection: Connection,
  redis: Redis,
  store: EventStore,
) {
  const identity = await MongoIdentityReadModels.open(connection);
  return {
    streams: new IdentityStreams(store, identity),
    identity,
    submissions: await MongoSubmissionReadModel.open(connection),
    reservations: new MongoUsernameReservations(connection),
    credentials: new Argon2Credentials(connection),
    sessions: new RedisSessions(redis, config.REFRESH_TOKEN_TTL_SECONDS * 1000),
    tokens: new JwtAccessTokens(config.JWT_SECRET, config.ACCESS_TOKEN_TTL_SECONDS),
    intake: new HttpDownstream('intake', config.INTAKE_URL),
    triage: new HttpDownstream('triage', config.TRIAGE_URL),
  } satisfies GatewayPorts;
}
