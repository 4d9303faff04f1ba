import type { HttpAnswer } from '@opinion/http';
import {
  IdempotencyKeyReusedError,
  VersionConflictError,
} from '../../application/application-errors';
import { ImportForbiddenError, ImportNotFoundError } from '../../application/import/import-errors';
import { SubmissionRuleError, type SubmissionRuleCode } from '../../domain';

const RULE_STATUS: Record<SubmissionRuleCode, number> = {
  'not-found': 404,
  'already-exists': 409,
  forbidden: 403,
  'invalid-status': 409,
  'incomplete-draft': 422,
};

/** Intake's own errors as HTTP answers (validation, identity and the rest: libs/http). */
export function intakeHttpAnswer(error: unknown): HttpAnswer | null {
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
  return null;
}
