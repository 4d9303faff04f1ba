import { ServiceMetrics } from '@opinion/http';
import { Counter } from 'prom-client';

/** The service metrics of libs/http plus the gateway's own counters. */
export class GatewayMetrics extends ServiceMetrics {
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
    super('gateway');
  }
}
