import type { EventStoreModels } from '@opinion/event-store';
import { ensureTopics, OutboxRelay } from '@opinion/messaging';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { registerRelayMetrics } from '../operations/relay-metrics';
import type { ServiceMetrics } from '../operations/service-metrics';
import type { ServiceParts } from './service-parts';

export interface OutboxRelayPartOptions {
  kafka: Kafka;
  models: EventStoreModels;
  /** The stream categories the service owns: what it publishes. */
  categories: readonly string[];
  /** Topics to create first: the service's own, and those its consumers read. */
  topics: string[];
  /** Where its pending commits and lag are shown (/metrics). */
  metrics: ServiceMetrics;
}

/** The outbox relay as a part: publishes what the service's use cases append, in order. */
export function outboxRelay(
  parts: ServiceParts,
  { kafka, models, categories, topics, metrics }: OutboxRelayPartOptions,
  logger: Logger,
): Promise<OutboxRelay> {
  return parts.start(
    'outbox relay',
    async () => {
      const admin = kafka.admin();
      await admin.connect();
      await ensureTopics(admin, topics).finally(() => admin.disconnect());
      const relay = new OutboxRelay(models, kafka, { categories });
      await relay.start((error) => logger.error({ err: error }, 'outbox relay pass failed'));
      registerRelayMetrics(metrics, relay);
      return relay;
    },
    (relay) => relay.stop(),
  );
}
