import type { Logger } from 'pino';

interface Request {
  method: string;
  route?: { path?: string };
}
interface Response {
  statusCode: number;
  on(event: 'finish', listener: () => void): void;
}

/** One log line per request, labelled by route, never by raw URL (which may carry ids). */
export function logRequests(logger: Logger) {
  return (request: Request, response: Response, next: () => void) => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const route = request.route?.path ?? 'unmatched';
      logger.info({ method: request.method, route, status: response.statusCode, ms }, 'request');
    });
    next();
  };
}
