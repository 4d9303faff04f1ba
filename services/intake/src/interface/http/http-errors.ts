import type { FieldError } from '@opinion/contracts';

/** The request did not parse: HTTP 400 with one message per field. */
export class RequestValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super('invalid request');
    this.name = 'RequestValidationError';
  }
}

/** The gateway's identity headers are missing or malformed: HTTP 401. */
export class MissingIdentityError extends Error {
  constructor(readonly errors: FieldError[]) {
    super('missing or invalid identity headers');
    this.name = 'MissingIdentityError';
  }
}
