import {
  Kafka,
  KafkaJSProtocolError,
  logLevel,
  Partitioners,
  type Admin,
  type Producer,
} from 'kafkajs';

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

/**
 * Creates the topics that do not exist yet (existing ones are left as they are) and returns once
 * every partition has a leader.
 */
export async function ensureTopics(
  admin: Admin,
  topics: string[],
  numPartitions = 3,
  timeoutMs = 60_000,
): Promise<void> {
  const wanted = [...new Set(topics)];
  const existing = new Set(await admin.listTopics());
  const missing = wanted.filter((topic) => !existing.has(topic));
  if (missing.length > 0) {
    await admin.createTopics({
      topics: missing.map((topic) => ({ topic, numPartitions })),
      waitForLeaders: false,
    });
  }
  await waitForLeaders(admin, wanted, timeoutMs);
}

/**
 * kafkajs' own `waitForLeaders` gives up on "does not host this topic-partition", which a broker
 * answers for a moment after creating a topic (always on a fresh cluster); this waits it out.
 */
async function waitForLeaders(admin: Admin, topics: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { topics: metadata } = await whileRetriable(
      () => admin.fetchTopicMetadata({ topics }),
      deadline,
    );
    const pending = metadata
      .filter(({ partitions }) => partitions.length === 0 || partitions.some((p) => p.leader < 0))
      .map(({ name }) => name);
    if (pending.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`Kafka: no leader after ${timeoutMs} ms for ${pending.join(', ')}`);
    }
    await pause(100);
  }
}

/**
 * Repeats an admin call while the broker answers with an error Kafka marks retriable. Some admin
 * calls of kafkajs (offsets, metadata) give up on the first "not the coordinator" or "unknown
 * partition", which a broker answers while it is still loading, as on a fresh cluster.
 */
export async function whileRetriable<T>(
  operation: () => Promise<T>,
  deadline = Date.now() + 60_000,
): Promise<T> {
  for (;;) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof KafkaJSProtocolError && error.retriable) || Date.now() > deadline) {
        throw error;
      }
      await pause(100);
    }
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
