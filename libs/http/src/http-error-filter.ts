import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Locale } from '@opinion/contracts';
import type { Logger } from 'pino';
import { MissingIdentityError } from './identity';
import { localeOf, RequestValidationError, type RequestLike } from './request-validation';

export interface HttpAnswer {
  status: number;
  body: unknown;
  /** Sent with the answer, e.g. `WWW-Authenticate` on a 401 or `Retry-After` on a 429. */
  headers?: Record<string, string>;
}

/** What a mapping may know of the request that failed. */
export interface ErrorRequest {
  /** The reader's language (`Accept-Language`), for a message the service words itself. */
  locale: Locale;
}

/**
 * A service's own typed errors as HTTP answers; null for errors it does not know. A mapping that
 * needs nothing of the request takes the error only.
 */
export type ServiceErrorMapping = (error: unknown, request: ErrorRequest) => HttpAnswer | null;

interface ResponseLike {
  status(code: number): ResponseLike;
  setHeader(name: string, value: string): unknown;
  json(body: unknown): void;
}

function sharedAnswer(error: unknown): HttpAnswer | null {
  if (error instanceof RequestValidationError)
    return { status: 400, body: { errors: error.errors } };
  if (error instanceof MissingIdentityError) return { status: 401, body: { errors: error.errors } };
  if (error instanceof HttpException) {
    return { status: error.getStatus(), body: { code: 'http', message: error.message } };
  }
  return null;
}

/**
 * Turns validation, identity and the service's own errors into HTTP answers (ADR 0004's shape),
 * with the headers a mapping gives; a mapped server error (502, 503: a service behind this one
 * failed) is logged as a warning, anything unmapped is logged and answered 500 without details.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly serviceAnswer: ServiceErrorMapping = () => null,
  ) {}

  catch(error: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const response = http.getResponse<ResponseLike>();
    const locale = localeOf(http.getRequest<RequestLike>());
    const answer = this.serviceAnswer(error, { locale }) ?? sharedAnswer(error);
    if (!answer) {
      this.logger.error({ err: error }, 'unhandled error');
      response.status(500).json({ code: 'internal', message: 'internal error' });
      return;
    }
    // The caller reads a short message; why the other service failed is in the log.
    if (answer.status >= 500) this.logger.warn({ err: error }, 'answered with a server error');
    for (const [name, value] of Object.entries(answer.headers ?? {})) {
      response.setHeader(name, value);
    }
    response.status(answer.status).json(answer.body);
  }
}
