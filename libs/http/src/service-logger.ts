import pino, { type Logger } from 'pino';
import type { LogLevel } from '@opinion/config';

/** Never written to a log, wherever they appear in what is logged. */
const SECRETS = ['req.headers.authorization', '*.password'];

/** The service's pino logger; Nest's own messages join it through PinoNestLogger. */
export const createServiceLogger = (service: string, level: LogLevel): Logger =>
  pino({ name: service, level, redact: SECRETS });

interface RequestLike {
  method: string;
  route?: { path?: string };
}
interface ResponseLike {
  statusCode: number;
  on(event: 'finish', listener: () => void): void;
}

/** Express middleware: one log line per request, labelled by route, never by raw URL (ids). */
export function requestLogging(logger: Logger) {
  return (request: RequestLike, response: ResponseLike, next: () => void) => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const route = request.route?.path ?? 'unmatched';
      logger.info({ method: request.method, route, status: response.statusCode, ms }, 'request');
    });
    next();
  };
}
