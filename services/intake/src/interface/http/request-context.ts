import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import {
  newId,
  parseLocalised,
  preferredLocale,
  roleSchema,
  submissionIdSchema,
  userIdSchema,
  type EventMetadata,
} from '@opinion/contracts';
import { z } from 'zod';
import { MissingIdentityError, RequestValidationError } from './http-errors';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  query?: unknown;
  params: Record<string, string>;
}

/** What controllers set on a response (express's, through `@Res({ passthrough: true })`). */
export interface HeaderResponse {
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
}

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<RequestLike>();
const header = (request: RequestLike, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};
const localeOf = (request: RequestLike) => preferredLocale(header(request, 'accept-language'));

function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  request: RequestLike,
) {
  const result = parseLocalised(schema, input, localeOf(request));
  if (!result.success) throw new RequestValidationError(result.errors);
  return result.data;
}

// The gateway authenticates and sets these; `system` is for services, never for people.
const identitySchema = z.object({
  'x-user-id': userIdSchema,
  'x-user-role': roleSchema.exclude(['system']),
  'x-org-id': userIdSchema,
  'x-correlation-id': z.string().min(1).max(100).optional(),
});

/** Who is calling, from the gateway's trusted headers, as the metadata of the events it causes. */
export const Caller = createParamDecorator((_: unknown, context): EventMetadata => {
  const request = requestOf(context);
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
});

// Nest takes decorator data with a `transform` method for a pipe, so schemas travel wrapped.
const BodyWith = createParamDecorator(({ schema }: { schema: z.ZodType }, context) => {
  const request = requestOf(context);
  return parseOrThrow(schema, request.body ?? {}, request);
});
const QueryWith = createParamDecorator(({ schema }: { schema: z.ZodType }, context) => {
  const request = requestOf(context);
  return parseOrThrow(schema, request.query ?? {}, request);
});

/** The JSON body, parsed by a contracts schema; field errors in the reader's language. */
export const ValidBody = (schema: z.ZodType) => BodyWith({ schema });

/** The query string, parsed by a schema. */
export const ValidQuery = (schema: z.ZodType) => QueryWith({ schema });

const idParamSchema = z.object({ id: submissionIdSchema });

/** The `:id` path parameter: a UUIDv7, the id of a submission or of an import. */
export const IdParam = createParamDecorator((_: unknown, context): string => {
  const request = requestOf(context);
  return parseOrThrow(idParamSchema, { id: request.params.id }, request).id;
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
  return parseOrThrow(ifMatchSchema, { 'if-match': header(request, 'if-match') }, request)[
    'if-match'
  ];
});

const idempotencyKeySchema = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'Idempotency-Key must be 1 to 200 visible ASCII characters')
    .optional(),
});

export const IdempotencyKey = createParamDecorator((_: unknown, context): string | undefined => {
  const request = requestOf(context);
  const value = header(request, 'idempotency-key');
  return parseOrThrow(idempotencyKeySchema, { 'idempotency-key': value }, request)[
    'idempotency-key'
  ];
});

/** The quoted stream version, the ETag of every submission response. */
export const etag = (version: number) => `"${version}"`;
