import Redis from 'ioredis';
import type { Connection } from 'mongoose';
import { consumerGroups, kafkaOf, type Infrastructure, type RunNames } from './services';

/** Removes what the run left on the shared servers: its database, Redis keys, consumer groups. */
export async function removeRun(
  infrastructure: Infrastructure,
  names: RunNames,
  connection: Connection,
): Promise<void> {
  await connection.dropDatabase();
  await connection.close();

  const redis = new Redis(infrastructure.REDIS_URL);
  try {
    // Every key of the run (gateway sessions and counters, intake's queue) starts with its id.
    for await (const keys of redis.scanStream({
      match: `bench-intake-${names.runId}*`,
      count: 500,
    })) {
      if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
    }
  } finally {
    await redis.quit();
  }

  const admin = kafkaOf(infrastructure.KAFKA_BROKERS).admin();
  await admin.connect();
  try {
    await admin.deleteGroups(Object.keys(consumerGroups(names))).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
