import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  IdempotencyKeyReusedError,
  VersionConflictError,
} from '../../application/application-errors';
import { ImportForbiddenError, ImportNotFoundError } from '../../application/import/import-errors';
import { SubmissionRuleError, type SubmissionRuleCode } from '../../domain';
import { MissingIdentityError, RequestValidationError } from './http-errors';

interface ResponseLike {
  status(code: number): ResponseLike;
  json(body: unknown): void;
}

const RULE_STATUS: Record<SubmissionRuleCode, number> = {
  'not-found': 404,
  'already-exists': 409,
  forbidden: 403,
  'invalid-status': 409,
  'incomplete-draft': 422,
};

function toHttp(error: unknown): { status: number; body: unknown } | null {
  if (error instanceof RequestValidationError)
    return { status: 400, body: { errors: error.errors } };
  if (error instanceof MissingIdentityError) return { status: 401, body: { errors: error.errors } };
  if (error instanceof SubmissionRuleError) {
    const fields = error.fields.map((field) => ({ field, message: 'required or invalid' }));
    return {
      status: RULE_STATUS[error.code],
      body: {
        code: error.code,
        message: error.message,
        ...(fields.length > 0 && { errors: fields }),
      },
    };
  }
  if (error instanceof VersionConflictError) {
    return {
      status: error.kind === 'stale' ? 412 : 409,
      body: { code: `version-${error.kind}`, message: error.message, currentVersion: error.actual },
    };
  }
  if (error instanceof IdempotencyKeyReusedError) {
    return { status: 422, body: { code: 'idempotency-key-reused', message: error.message } };
  }
  if (error instanceof ImportNotFoundError) {
    return { status: 404, body: { code: 'not-found', message: error.message } };
  }
  if (error instanceof ImportForbiddenError) {
    return { status: 403, body: { code: 'forbidden', message: error.message } };
  }
  if (error instanceof HttpException) {
    return { status: error.getStatus(), body: { code: 'http', message: error.message } };
  }
  return null;
}

/** Turns the application's typed errors into HTTP answers; anything else is a logged 500. */
@Catch()
export class IntakeExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<ResponseLike>();
    const mapped = toHttp(error);
    if (mapped) {
      response.status(mapped.status).json(mapped.body);
      return;
    }
    this.logger.error({ err: error }, 'unhandled error');
    response.status(500).json({ code: 'internal', message: 'internal error' });
  }
}
