import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { submissionIdSchema } from '@opinion/contracts';
import { headerOf, localeOf, parseRequest } from '@opinion/http';
import { z } from 'zod';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
}

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<RequestLike>();

const idParamSchema = z.object({ id: submissionIdSchema });

/** The `:id` path parameter: a UUIDv7, the id of a submission or of an import. */
export const IdParam = createParamDecorator((_: unknown, context): string => {
  const request = requestOf(context);
  return parseRequest(idParamSchema, { id: request.params.id }, localeOf(request)).id;
});

const idempotencyKeySchema = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'Idempotency-Key must be 1 to 200 visible ASCII characters')
    .optional(),
});

export const IdempotencyKey = createParamDecorator((_: unknown, context): string | undefined => {
  const request = requestOf(context);
  const value = headerOf(request, 'idempotency-key');
  return parseRequest(idempotencyKeySchema, { 'idempotency-key': value }, localeOf(request))[
    'idempotency-key'
  ];
});
