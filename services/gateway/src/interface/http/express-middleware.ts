import type { Logger } from 'pino';
import type { GatewayMetrics } from '../../infrastructure/metrics';

interface Request {
  method: string;
  originalUrl: string;
  route?: { path?: string };
}
interface Response {
  statusCode: number;
  on(event: 'finish', listener: () => void): void;
}

/** One histogram sample and one log line per request, labelled by route, never by raw URL. */
export function observeRequests(metrics: GatewayMetrics, logger: Logger) {
  return (request: Request, response: Response, next: () => void) => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = request.route?.path ?? 'unmatched';
      metrics.httpDuration.observe(
        { method: request.method, route, status: String(response.statusCode) },
        seconds,
      );
      logger.info(
        { method: request.method, route, status: response.statusCode, ms: seconds * 1000 },
        'request',
      );
    });
    next();
  };
}
