import {
  consumerLag,
  KafkaEventTransport,
  type KafkaEventTransportOptions,
} from '@opinion/messaging';
import type { Logger } from 'pino';
import type { ServiceMetrics } from '../operations/service-metrics';
import type { ServiceParts } from './service-parts';

/** Where the consumers report: dead letters to the log, lag to /metrics. */
export interface KafkaConsumersOperations {
  logger: Logger;
  metrics: ServiceMetrics;
}

/**
 * The service's Kafka consumers as a part: the transport its `@KafkaController`s are served by.
 * Nest starts it (`startAllMicroservices`, in `createServiceApp`) once the runtime is up; it stops
 * with the runtime's parts, before everything started earlier (the relay, MongoDB), so a handler
 * never runs on a closed connection. Nest's own close afterwards finds nothing left to stop.
 */
export function kafkaConsumers(
  parts: ServiceParts,
  options: KafkaEventTransportOptions,
  { logger, metrics }: KafkaConsumersOperations,
): Promise<KafkaEventTransport> {
  return parts.start(
    'kafka consumers',
    () => {
      const transport = new KafkaEventTransport(options);
      transport.on('dead-letter', (topic, error, groupId) =>
        logger.error({ err: error, topic, groupId }, 'event sent to the dead-letter topic'),
      );
      registerConsumerLag(metrics, transport, options);
      return transport;
    },
    (transport) => transport.close(),
  );
}

/** `kafka_consumer_lag_messages` of every consumer group the `@KafkaController`s declare. */
function registerConsumerLag(
  metrics: ServiceMetrics,
  transport: KafkaEventTransport,
  { kafka }: KafkaEventTransportOptions,
): void {
  metrics.gauge(
    'kafka_consumer_lag_messages',
    'Messages past the consumer groups committed offsets',
    ['group', 'topic'],
    async () =>
      (
        await Promise.all(
          transport
            .subscriptions()
            .map(({ groupId, topics }) => consumerLag(kafka, groupId, topics)),
        )
      )
        .flat()
        .map(({ groupId, topic, lag }) => ({ labels: { group: groupId, topic }, value: lag })),
  );
}
