import { WrongExpectedVersionError } from '@opinion/event-store';
import type { HttpAnswer } from '@opinion/http';
import {
  StaleVersionError,
  TriageRuleError,
  type TriageRuleCode,
} from '../../domain/triage-errors';

const RULE_STATUS: Record<TriageRuleCode, number> = {
  'not-found': 404,
  forbidden: 403,
  'unknown-label': 422,
  'invalid-taxonomy': 422,
};

/** Triage's own errors as HTTP answers (validation, identity and the rest: libs/http). */
export function triageHttpAnswer(error: unknown): HttpAnswer | null {
  if (error instanceof TriageRuleError) {
    return {
      status: RULE_STATUS[error.code],
      body: { code: error.code, message: error.message, ...error.details },
    };
  }
  if (error instanceof StaleVersionError) {
    return {
      status: 412,
      body: { code: 'version-stale', message: error.message, currentVersion: error.current },
    };
  }
  if (error instanceof WrongExpectedVersionError) {
    return { status: 409, body: { code: 'version-concurrent', message: error.message } };
  }
  return null;
}
