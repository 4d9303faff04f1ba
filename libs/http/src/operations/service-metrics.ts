import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

interface Request {
  method: string;
  route?: { path?: string };
}
interface Response {
  statusCode: number;
  on(event: 'finish', listener: () => void): void;
}

/** What a gauge reads at scrape time: one value per label set. */
export type GaugeReading = Promise<{ labels?: Record<string, string>; value: number }[]>;

/**
 * A service's own prom-client registry (so several apps in one process, as in tests, do not
 * collide), with HTTP durations by route and the process's default metrics.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request durations by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });

  constructor(service: string) {
    collectDefaultMetrics({ register: this.registry, prefix: `${service}_` });
  }

  /** A gauge computed at each scrape (lags, queue depths). */
  gauge(name: string, help: string, labelNames: string[], read: () => GaugeReading): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { labels, value } of await read()) {
          if (labels) this.set(labels, value);
          else this.set(value);
        }
      },
    });
  }

  /** Express middleware timing every request by its route pattern (few label values). */
  readonly httpMiddleware = (request: Request, response: Response, next: () => void) => {
    const stop = this.httpDuration.startTimer({ method: request.method });
    response.on('finish', () =>
      stop({ route: request.route?.path ?? 'unmatched', status: String(response.statusCode) }),
    );
    next();
  };
}
