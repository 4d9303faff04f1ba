import Redis from 'ioredis';
import type { Connection } from 'mongoose';
import { latencySummary, timed } from '../event-store/stats';

export type Summary = Record<string, number>;

/** `operation` run `samples` times one after another: p50/p95/p99 of its latency. */
export async function sample(samples: number, operation: (index: number) => Promise<unknown>) {
  const latencies: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    latencies.push(await timed(() => operation(index)));
  }
  return latencySummary(latencies);
}

// The gateway's fixed-window counter (infrastructure/redis-rate-limiter.ts), run on bench keys.
const RATE_LIMIT_HIT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {hits, redis.call('PTTL', KEYS[1])}`;

/**
 * The gateway's Redis work per submission, one call at a time: the session check (`EXISTS`)
 * and one rate-limit counter (it runs two, per IP and per user, side by side).
 */
export async function redisProbes(redisUrl: string, keyPrefix: string, samples: number) {
  const redis = new Redis(redisUrl, { keyPrefix });
  try {
    await redis.ping();
    const sessionExists = await sample(samples, () => redis.exists('session:bench-probe'));
    const rateLimitHit = await sample(samples, () =>
      redis.eval(RATE_LIMIT_HIT, 1, 'rate:bench-probe', 60_000),
    );
    return { sessionExists, rateLimitHit };
  } finally {
    await redis.quit();
  }
}

interface IdempotencyKeyDocument {
  _id: string;
  scope: string;
  key: string;
  submissionId: string;
  streamId: string;
  requestHash: string;
  createdAt: Date;
  createdVersion?: number;
}

/**
 * Intake's idempotency mapping for a fresh key, one call at a time, on its collection: the
 * insert that claims the key (unique `_id` and `(scope, key)`), and the update by `_id` that
 * records the created version after the append.
 */
export async function idempotencyProbes(connection: Connection, samples: number) {
  const keys = connection.collection<IdempotencyKeyDocument>('intake_idempotency_keys');
  const idOf = (index: number) => `bench-probe-user bench-probe-${index}`;
  const claim = await sample(samples, (index) =>
    keys.insertOne({
      _id: idOf(index),
      scope: 'bench-probe-user',
      key: `bench-probe-${index}`,
      submissionId: `probe-${index}`,
      streamId: `submission-probe-${index}`,
      requestHash: 'probe',
      createdAt: new Date(),
    }),
  );
  const markCreated = await sample(samples, (index) =>
    keys.updateOne({ _id: idOf(index) }, { $set: { createdVersion: 1 } }),
  );
  return { claim, markCreated };
}

export const mongoPing = (connection: Connection, samples: number) =>
  sample(samples, () => connection.db!.command({ ping: 1 }));

/**
 * A request that each app refuses before any database or Redis work (401: no bearer for the
 * gateway, no identity headers for intake): the HTTP round trip and the Nest pipeline alone.
 */
export const refusedRequest = (url: string, samples: number) =>
  sample(samples, async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    await response.arrayBuffer();
    if (response.status !== 401) throw new Error(`${url} answered ${response.status}`);
  });
