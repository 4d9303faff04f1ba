import { Kafka, logLevel, type Admin } from 'kafkajs';

export function createKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({ clientId, brokers, logLevel: logLevel.WARN, retry: { retries: 8 } });
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
