import { newId } from '@opinion/contracts';
import { createHash, randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import type { OpenedSession, Sessions } from '../application/ports/sessions';
import { formatRefreshToken, parseRefreshToken } from '../domain/auth/tokens';

const sessionKey = (sessionId: string) => `session:${sessionId}`;
const userKey = (userId: string) => `user-sessions:${userId}`;

/** Refresh secrets are 256 random bits: a fast hash is enough, nothing to brute-force. */
const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');

// Compare-and-swap in one step: the current secret rotates; the one before it means a copy was
// replayed, and the whole session ends. Returns [outcome, userId].
const ROTATE = `
local session = redis.call('HMGET', KEYS[1], 'userId', 'current', 'previous')
if not session[1] then return {0} end
if session[2] == ARGV[1] then
  redis.call('HSET', KEYS[1], 'current', ARGV[2], 'previous', ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return {1, session[1]}
end
if session[3] == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return {2, session[1]}
end
return {0}`;

type RotatingRedis = Redis & {
  rotateSession(key: string, presented: string, next: string, ttlMs: number): Promise<unknown[]>;
};

/**
 * Sessions in Redis, expiring after the refresh lifetime without use. Deleting a session's key
 * revokes it: the access tokens of that session are refused at their next request.
 */
export class RedisSessions implements Sessions {
  private readonly redis: RotatingRedis;

  constructor(
    redis: Redis,
    private readonly ttlMs: number,
  ) {
    redis.defineCommand('rotateSession', { numberOfKeys: 1, lua: ROTATE });
    this.redis = redis as RotatingRedis;
  }

  async open(userId: string): Promise<OpenedSession> {
    const sessionId = newId();
    const secret = randomBytes(32).toString('base64url');
    await this.redis
      .multi()
      .hset(sessionKey(sessionId), { userId, current: digest(secret), previous: '' })
      .pexpire(sessionKey(sessionId), this.ttlMs)
      .sadd(userKey(userId), sessionId)
      .pexpire(userKey(userId), this.ttlMs)
      .exec();
    return { sessionId, refreshToken: formatRefreshToken(sessionId, secret) };
  }

  async rotate(refreshToken: string) {
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) return null;
    const secret = randomBytes(32).toString('base64url');
    const [outcome, userId] = await this.redis.rotateSession(
      sessionKey(parsed.sessionId),
      digest(parsed.secret),
      digest(secret),
      this.ttlMs,
    );
    if (outcome !== 1) return null;
    return {
      sessionId: parsed.sessionId,
      userId: String(userId),
      refreshToken: formatRefreshToken(parsed.sessionId, secret),
    };
  }

  async isActive(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(sessionKey(sessionId))) === 1;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.redis.del(sessionKey(sessionId));
  }

  async revokeAllOf(userId: string): Promise<void> {
    const sessionIds = await this.redis.smembers(userKey(userId));
    await this.redis
      .multi()
      .del(...sessionIds.map(sessionKey), userKey(userId))
      .exec();
  }
}
