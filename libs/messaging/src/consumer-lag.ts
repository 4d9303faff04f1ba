import type { Kafka } from 'kafkajs';
import { whileRetriable } from './kafka-client';

export interface ConsumerLag {
  groupId: string;
  topic: string;
  /** Messages on the topic's partitions past the group's committed offsets. */
  lag: number;
}

/** How far a consumer group is behind on each topic, for /metrics; one admin session per call. */
export async function consumerLag(
  kafka: Kafka,
  groupId: string,
  topics: string[],
): Promise<ConsumerLag[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await whileRetriable(() => admin.fetchOffsets({ groupId, topics }));
    return await Promise.all(
      committed.map(async ({ topic, partitions }) => {
        const ends = new Map(
          (await admin.fetchTopicOffsets(topic)).map((end) => [end.partition, Number(end.high)]),
        );
        const lag = partitions.reduce((sum, { partition, offset }) => {
          const high = ends.get(partition) ?? 0;
          // -1: nothing committed yet, so the whole partition is still to be read.
          return sum + Math.max(0, high - (Number(offset) < 0 ? 0 : Number(offset)));
        }, 0);
        return { groupId, topic, lag };
      }),
    );
  } finally {
    await admin.disconnect();
  }
}
