import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { WrongExpectedVersionError } from '@opinion/event-store';
import type { Locale } from '@opinion/contracts';
import { localeOf, RequestValidationError } from '@opinion/http';
import type { Logger } from 'pino';
import {
  DownstreamAnswerError,
  DownstreamUnavailableError,
  InvalidCredentialsError,
  UnauthenticatedError,
} from '../../application/application-errors';
import { IdentityRuleError, type IdentityRuleCode } from '../../domain/identity-errors';
import { badAnswerMessage, unavailableMessage } from './downstream-messages';
import { RateLimitedError } from './rate-limit';

interface ResponseLike {
  status(code: number): ResponseLike;
  setHeader(name: string, value: string): unknown;
  json(body: unknown): void;
}

const RULE_STATUS: Record<IdentityRuleCode, number> = {
  'not-found': 404,
  'already-exists': 409,
  forbidden: 403,
  invalid: 422,
};

function toHttp(
  error: unknown,
  locale: Locale,
): { status: number; body: unknown; headers?: object } | null {
  if (error instanceof RequestValidationError)
    return { status: 400, body: { errors: error.errors } };
  if (error instanceof InvalidCredentialsError || error instanceof UnauthenticatedError) {
    return {
      status: 401,
      body: { code: 'unauthenticated', message: error.message },
      headers: { 'WWW-Authenticate': 'Bearer' },
    };
  }
  if (error instanceof RateLimitedError) {
    return {
      status: 429,
      body: { code: 'rate-limited', message: error.message, retryAfter: error.retryAfterSeconds },
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    };
  }
  if (error instanceof IdentityRuleError) {
    return { status: RULE_STATUS[error.code], body: { code: error.code, message: error.message } };
  }
  if (error instanceof WrongExpectedVersionError) {
    return {
      status: 409,
      body: { code: 'version-conflict', message: error.message, currentVersion: error.actual },
    };
  }
  if (error instanceof DownstreamUnavailableError) {
    const message = unavailableMessage(error.service, locale);
    return { status: 503, body: { code: `${error.service}-unavailable`, message } };
  }
  if (error instanceof DownstreamAnswerError) {
    const message = badAnswerMessage(error.service, locale);
    return { status: 502, body: { code: `${error.service}-bad-answer`, message } };
  }
  if (error instanceof HttpException) {
    return { status: error.getStatus(), body: { code: 'http', message: error.message } };
  }
  return null;
}

/** Turns typed errors into HTTP answers; anything else is a logged 500. */
@Catch()
export class GatewayExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const response = http.getResponse<ResponseLike>();
    const mapped = toHttp(error, localeOf(http.getRequest<Parameters<typeof localeOf>[0]>()));
    if (!mapped) {
      this.logger.error({ err: error }, 'unhandled error');
      response.status(500).json({ code: 'internal', message: 'internal error' });
      return;
    }
    // The person reads a short message (502, 503); why the service did not answer is logged.
    if (mapped.status >= 500)
      this.logger.warn({ err: error }, 'a service behind the gateway failed');
    for (const [name, value] of Object.entries(mapped.headers ?? {})) {
      response.setHeader(name, value);
    }
    response.status(mapped.status).json(mapped.body);
  }
}
