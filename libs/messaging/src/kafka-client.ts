import { Kafka, logLevel, Partitioners, type Admin, type Producer } from 'kafkajs';

export function createKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({ clientId, brokers, logLevel: logLevel.WARN, retry: { retries: 8 } });
}

/**
 * Producers keep each key's order (idempotent, one request in flight) and use kafkajs' default
 * murmur2 partitioner, the one the Java clients use, so keys land where other clients put them.
 */
export function createOrderedProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
    // An idempotent producer may retry without limit: a broker outage delays sends, never reorders.
    retry: { retries: Number.MAX_SAFE_INTEGER },
  });
}

/** Creates the topics that do not exist yet; existing ones are left as they are. */
export async function ensureTopics(
  admin: Admin,
  topics: string[],
  numPartitions = 3,
): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = [...new Set(topics)].filter((topic) => !existing.has(topic));
  if (missing.length === 0) return;
  await admin.createTopics({
    topics: missing.map((topic) => ({ topic, numPartitions })),
    waitForLeaders: true,
  });
}
