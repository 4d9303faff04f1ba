import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Logger } from 'pino';
import { MissingIdentityError } from './identity';
import { RequestValidationError } from './request-validation';

export interface HttpAnswer {
  status: number;
  body: unknown;
}

/** A service's own typed errors as HTTP answers; null for errors it does not know. */
export type ServiceErrorMapping = (error: unknown) => HttpAnswer | null;

interface ResponseLike {
  status(code: number): ResponseLike;
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
 * Turns validation, identity and the service's own errors into HTTP answers (ADR 0004's shape);
 * anything else is logged and answered 500 without details.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(
    private readonly logger: Logger,
    private readonly serviceAnswer: ServiceErrorMapping = () => null,
  ) {}

  catch(error: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<ResponseLike>();
    const answer = this.serviceAnswer(error) ?? sharedAnswer(error);
    if (answer) {
      response.status(answer.status).json(answer.body);
      return;
    }
    this.logger.error({ err: error }, 'unhandled error');
    response.status(500).json({ code: 'internal', message: 'internal error' });
  }
}
