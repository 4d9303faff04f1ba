import type { ErrorRequest, HttpAnswer } from '@opinion/http';
import { WrongExpectedVersionError } from '@opinion/event-store';
import {
  DownstreamAnswerError,
  DownstreamUnavailableError,
  InvalidCredentialsError,
  UnauthenticatedError,
} from '../../application/application-errors';
import { IdentityRuleError, type IdentityRuleCode } from '../../domain/identity-errors';
import { badAnswerMessage, unavailableMessage } from './downstream-messages';
import { RateLimitedError } from './rate-limit';

const RULE_STATUS: Record<IdentityRuleCode, number> = {
  'not-found': 404,
  'already-exists': 409,
  forbidden: 403,
  invalid: 422,
};

/**
 * The gateway's own errors as HTTP answers (validation and the rest: libs/http); a service behind
 * it that failed is named in the reader's language.
 */
export function gatewayHttpAnswer(error: unknown, { locale }: ErrorRequest): HttpAnswer | null {
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
  return null;
}
