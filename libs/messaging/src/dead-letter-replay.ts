import { deadLetterTopic } from '@opinion/contracts';
import type { Kafka } from 'kafkajs';
import { DLQ_HEADERS, headerText, withoutDeadLetterHeaders } from './dead-letter';
import { createOrderedProducer, whileRetriable } from './kafka-client';

export interface ReplayResult {
  replayed: number;
}

/**
 * Sends every dead letter of `<topic>.dlq` not replayed before back to its original topic, then
 * returns. Progress is the committed offset of one consumer group, so a second run replays only
 * what arrived since; the consumers' idempotency makes a replayed message apply once.
 */
export async function replayDeadLetters(kafka: Kafka, topic: string): Promise<ReplayResult> {
  const dlq = deadLetterTopic(topic);
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `opinion-dlq-replay.${topic}`;
  let targets: Map<number, number>;
  try {
    if (!(await admin.listTopics()).includes(dlq)) return { replayed: 0 };
    const committed = await whileRetriable(() => admin.fetchOffsets({ groupId, topics: [dlq] }));
    const start = new Map(
      (committed[0]?.partitions ?? []).map(({ partition, offset }) => [partition, Number(offset)]),
    );
    targets = new Map(
      (await admin.fetchTopicOffsets(dlq))
        .map(
          ({ partition, high, low }) =>
            [
              partition,
              { high: Number(high), from: Math.max(start.get(partition) ?? -1, Number(low)) },
            ] as const,
        )
        .filter(([, { high, from }]) => high > from)
        .map(([partition, { high }]) => [partition, high]),
    );
  } finally {
    await admin.disconnect();
  }
  if (targets.size === 0) return { replayed: 0 };

  const producer = createOrderedProducer(kafka);
  const consumer = kafka.consumer({ groupId });
  await producer.connect();
  await consumer.connect();
  let replayed = 0;
  try {
    await consumer.subscribe({ topics: [dlq], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          // Committed after every message, so an interrupted replay resumes where it stopped.
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            await producer.send({
              topic: headerText(message.headers, DLQ_HEADERS.topic) ?? topic,
              messages: [
                {
                  key: message.key,
                  value: message.value,
                  headers: withoutDeadLetterHeaders(message.headers),
                },
              ],
            });
            await consumer.commitOffsets([
              { topic: dlq, partition, offset: String(Number(message.offset) + 1) },
            ]);
            replayed += 1;
            if (Number(message.offset) + 1 >= (targets.get(partition) ?? 0))
              targets.delete(partition);
            if (targets.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return { replayed };
}
