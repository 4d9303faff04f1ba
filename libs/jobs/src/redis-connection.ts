import type { ConnectionOptions } from 'bullmq';

/**
 * BullMQ connection options for a Redis URL. Workers block on Redis, so commands must wait for
 * a reconnect instead of failing after a few retries (BullMQ requires `maxRetriesPerRequest: null`).
 */
export const bullmqConnection = (redisUrl: string): ConnectionOptions => ({
  url: redisUrl,
  maxRetriesPerRequest: null,
});
