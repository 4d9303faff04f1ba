import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The service's own registry, so several apps in one process (tests) do not collide. */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request durations by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  readonly logins = new Counter({
    name: 'gateway_logins_total',
    help: 'Login attempts by outcome',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'gateway_rate_limited_total',
    help: 'Requests refused with 429, by rule',
    labelNames: ['rule'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'gateway_' });
  }
}
