import type Redis from 'ioredis';
import { retryAfterSeconds } from '../domain/auth/tokens';
import type { RateLimitRule } from './gateway-config';

// Fixed window: the first hit of a window sets its expiry. Returns [hits, ms left].
const HIT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {hits, redis.call('PTTL', KEYS[1])}`;

type HittingRedis = Redis & { rateLimitHit(key: string, windowMs: number): Promise<number[]> };

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counters in Redis, shared by every gateway instance. */
export class RedisRateLimiter {
  private readonly redis: HittingRedis;

  constructor(redis: Redis) {
    redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT });
    this.redis = redis as HittingRedis;
  }

  async hit(key: string, rule: RateLimitRule): Promise<RateLimitVerdict> {
    const [hits, remainingMs] = await this.redis.rateLimitHit(`rate:${key}`, rule.windowMs);
    if (hits <= rule.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: retryAfterSeconds(remainingMs) };
  }
}
