import type { OutboxRelay } from '@opinion/messaging';
import type { ServiceMetrics } from './service-metrics';

/** Pending commits and the oldest one's age, both from one lag query per scrape. */
export function registerRelayMetrics(metrics: ServiceMetrics, relay: OutboxRelay): void {
  let lag: ReturnType<OutboxRelay['lag']> | undefined;
  const currentLag = () =>
    (lag ??= relay.lag().finally(() => setImmediate(() => (lag = undefined))));
  metrics.gauge(
    'outbox_relay_pending_commits',
    'Stored commits not yet published to Kafka',
    [],
    async () => [{ value: (await currentLag()).pendingCommits }],
  );
  metrics.gauge(
    'outbox_relay_lag_seconds',
    'Age of the oldest stored commit not yet published to Kafka',
    [],
    async () => [{ value: (await currentLag()).oldestPendingAgeMs / 1000 }],
  );
}
