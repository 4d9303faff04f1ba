import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { submissionIdSchema } from '@opinion/contracts';
import { headerOf, localeOf, parseRequest } from '@opinion/http';
import { z } from 'zod';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
}

/** What controllers set on a response (express's, through `@Res({ passthrough: true })`). */
export interface HeaderResponse {
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
}

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<RequestLike>();

const idParamSchema = z.object({ id: submissionIdSchema });

/** The `:id` path parameter: a UUIDv7, the id of a submission or of an import. */
export const IdParam = createParamDecorator((_: unknown, context): string => {
  const request = requestOf(context);
  return parseRequest(idParamSchema, { id: request.params.id }, localeOf(request)).id;
});

const ifMatchSchema = z.object({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, 'If-Match must be an ETag of this API, such as "3"')
    .transform((value) => Number(value.replace(/\D/g, '')))
    .optional(),
});

/** The version the caller last saw (If-Match), for optimistic concurrency; undefined if absent. */
export const IfMatchVersion = createParamDecorator((_: unknown, context): number | undefined => {
  const request = requestOf(context);
  return parseRequest(
    ifMatchSchema,
    { 'if-match': headerOf(request, 'if-match') },
    localeOf(request),
  )['if-match'];
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

/** The quoted stream version, the ETag of every submission response. */
export const etag = (version: number) => `"${version}"`;

/** Answers with what a handler returned, its stream version as the ETag (ADR 0004). */
export async function withEtag<Result extends { version: number }>(
  response: { setHeader(name: string, value: string): unknown },
  pending: Promise<Result>,
): Promise<Result> {
  const result = await pending;
  response.setHeader('ETag', etag(result.version));
  return result;
}
