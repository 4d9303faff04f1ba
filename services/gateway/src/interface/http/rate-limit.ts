import { SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { GatewayConfig, RateLimitRule } from '../../infrastructure/gateway-config';
import type { GatewayMetrics } from '../../infrastructure/metrics';
import type { RedisRateLimiter } from '../../infrastructure/redis-rate-limiter';
import type { AuthenticatedRequest } from './access';

export type RateLimitName = 'login' | 'submit';
const RATE_LIMIT_KEY = 'gateway:rate-limit';

/** Counts calls of an endpoint per client IP and per user (or attempted username). */
export const RateLimited = (name: RateLimitName) => SetMetadata(RATE_LIMIT_KEY, name);

/** 429 with Retry-After. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('too many requests');
    this.name = 'RateLimitedError';
  }
}

interface RequestLike extends AuthenticatedRequest {
  ip?: string;
  body?: unknown;
}

/** The username a login attempt names, read before validation: only a plain string counts. */
const attemptedUsername = (body: unknown): string | undefined => {
  const username = (body as { username?: unknown } | undefined)?.username;
  return typeof username === 'string' ? username.trim().toLowerCase().slice(0, 64) : undefined;
};

/** Runs after the access guard, so per-user limits know the user. */
export class RateLimitGuard implements CanActivate {
  private readonly rules: Record<RateLimitName, { ip: RateLimitRule; user: RateLimitRule }>;

  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RedisRateLimiter,
    private readonly metrics: GatewayMetrics,
    config: GatewayConfig,
  ) {
    this.rules = {
      login: { ip: config.LOGIN_LIMIT_PER_IP, user: config.LOGIN_LIMIT_PER_USERNAME },
      submit: { ip: config.SUBMIT_LIMIT_PER_IP, user: config.SUBMIT_LIMIT_PER_USER },
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<RateLimitName | undefined>(
      RATE_LIMIT_KEY,
      context.getHandler(),
    );
    if (!name) return true;
    const request = context.switchToHttp().getRequest<RequestLike>();
    const user = name === 'login' ? attemptedUsername(request.body) : request.principal?.userId;
    const checks = [this.limiter.hit(`${name}:ip:${request.ip ?? 'unknown'}`, this.rules[name].ip)];
    if (user) checks.push(this.limiter.hit(`${name}:user:${user}`, this.rules[name].user));
    const refused = (await Promise.all(checks)).filter((verdict) => !verdict.allowed);
    if (refused.length === 0) return true;
    this.metrics.rateLimited.inc({ rule: name });
    throw new RateLimitedError(
      Math.max(...refused.map((verdict) => (verdict.allowed ? 0 : verdict.retryAfterSeconds))),
    );
  }
}
