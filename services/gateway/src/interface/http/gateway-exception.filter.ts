import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { WrongExpectedVersionError } from '@opinion/event-store';
import { RequestValidationError } from '@opinion/http';
import type { Logger } from 'pino';
import {
  IntakeUnavailableError,
  InvalidCredentialsError,
  UnauthenticatedError,
} from '../../application/application-errors';
import { IdentityRuleError, type IdentityRuleCode } from '../../domain/identity-errors';
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

function toHttp(error: unknown): { status: number; body: unknown; headers?: object } | null {
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
  if (error instanceof IntakeUnavailableError) {
    return { status: 503, body: { code: 'intake-unavailable', message: error.message } };
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
    const response = host.switchToHttp().getResponse<ResponseLike>();
    const mapped = toHttp(error);
    if (!mapped) {
      this.logger.error({ err: error }, 'unhandled error');
      response.status(500).json({ code: 'internal', message: 'internal error' });
      return;
    }
    for (const [name, value] of Object.entries(mapped.headers ?? {})) {
      response.setHeader(name, value);
    }
    response.status(mapped.status).json(mapped.body);
  }
}
