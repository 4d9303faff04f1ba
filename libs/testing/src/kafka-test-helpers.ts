import type { Kafka, KafkaMessage } from 'kafkajs';
import { uniqueName } from './test-environment';

/** Polls until the check passes or the time is up; the last failure is rethrown. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Reads a topic from the beginning until `count` messages arrived (or the time is up). */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  count: number,
  timeoutMs = 30_000,
  /** After `count` arrived, keep reading this long: to see that no more came. */
  settleMs = 0,
): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: uniqueName('reader') });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        messages.push(message);
      },
    });
    await eventually(() => {
      if (messages.length < count)
        throw new Error(`${topic}: ${messages.length} of ${count} messages`);
    }, timeoutMs);
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

/**
 * Waits until every group has members and is stable: a group that starts at the topics' end
 * sees only what is sent after it has its partitions.
 */
export async function untilGroupsJoined(kafka: Kafka, groupIds: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await eventually(async () => {
      for (const group of (await admin.describeGroups(groupIds)).groups) {
        if (group.state !== 'Stable' || group.members.length === 0) {
          throw new Error(`consumer group ${group.groupId} is ${group.state}`);
        }
      }
    });
  } finally {
    await admin.disconnect();
  }
}
