import { KafkaEventTransport, type KafkaEventTransportOptions } from '@opinion/messaging';
import type { Logger } from 'pino';
import type { ServiceParts } from './service-parts';

/**
 * The service's Kafka consumers as a part: the transport its `@KafkaController`s are served by.
 * Nest starts it (`startAllMicroservices`, in `createServiceApp`) once the runtime is up; it stops
 * with the runtime's parts, before everything started earlier (the relay, MongoDB), so a handler
 * never runs on a closed connection. Nest's own close afterwards finds nothing left to stop.
 */
export function kafkaConsumers(
  parts: ServiceParts,
  options: KafkaEventTransportOptions,
  logger: Logger,
): Promise<KafkaEventTransport> {
  return parts.start(
    'kafka consumers',
    () => {
      const transport = new KafkaEventTransport(options);
      transport.on('dead-letter', (topic, error, groupId) =>
        logger.error({ err: error, topic, groupId }, 'event sent to the dead-letter topic'),
      );
      return transport;
    },
    (transport) => transport.close(),
  );
}
