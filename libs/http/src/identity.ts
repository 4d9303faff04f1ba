import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import {
  newId,
  parseLocalised,
  roleSchema,
  userIdSchema,
  type EventMetadata,
  type FieldError,
} from '@opinion/contracts';
import { z } from 'zod';
import { localeOf } from './request-validation';

/** The gateway's identity headers are missing or malformed: HTTP 401. */
export class MissingIdentityError extends Error {
  constructor(readonly errors: FieldError[]) {
    super('missing or invalid identity headers');
    this.name = 'MissingIdentityError';
  }
}

// The gateway authenticates and sets these; `system` is for services, never for people.
const identitySchema = z.object({
  'x-user-id': userIdSchema,
  'x-user-role': roleSchema.exclude(['system']),
  'x-org-id': userIdSchema,
  'x-correlation-id': z.string().min(1).max(100).optional(),
});

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
}

/** Who is calling, from the gateway's trusted headers, as the metadata of the events it causes. */
export function callerOf(request: RequestLike): EventMetadata {
  const parsed = parseLocalised(identitySchema, request.headers, localeOf(request));
  if (!parsed.success) throw new MissingIdentityError(parsed.errors);
  const identity = parsed.data;
  return {
    actor: {
      userId: identity['x-user-id'],
      role: identity['x-user-role'],
      orgId: identity['x-org-id'],
    },
    correlationId: identity['x-correlation-id'] ?? newId(),
    causationId: null,
  };
}

/** `@Caller() metadata: EventMetadata` — 401 when the gateway's headers are absent. */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext) =>
  callerOf(context.switchToHttp().getRequest<RequestLike>()),
);
