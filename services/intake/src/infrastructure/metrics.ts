import type { OutboxRelay } from '@opinion/messaging';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The service's own registry, so several apps in one process (tests) do not collide. */
export class IntakeMetrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request durations by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });

  constructor(relay: OutboxRelay) {
    collectDefaultMetrics({ register: this.registry, prefix: 'intake_' });
    let lag: Promise<Awaited<ReturnType<OutboxRelay['lag']>>> | undefined;
    // Both gauges read one lag query per scrape.
    const currentLag = () =>
      (lag ??= relay.lag().finally(() => setImmediate(() => (lag = undefined))));
    new Gauge({
      name: 'outbox_relay_pending_commits',
      help: 'Stored commits not yet published to Kafka',
      registers: [this.registry],
      async collect() {
        this.set((await currentLag()).pendingCommits);
      },
    });
    new Gauge({
      name: 'outbox_relay_lag_seconds',
      help: 'Age of the oldest stored commit not yet published to Kafka',
      registers: [this.registry],
      async collect() {
        this.set((await currentLag()).oldestPendingAgeMs / 1000);
      },
    });
  }
}
