import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { z } from 'zod';
import { headerOf, localeOf, parseRequest } from './request-validation';

interface RequestWithHeaders {
  headers: Record<string, string | string[] | undefined>;
}

const ifMatchSchema = z.object({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d+"?$/, 'If-Match must be an ETag of this API, such as "3"')
    .transform((value) => Number(value.replace(/\D/g, '')))
    .optional(),
});

/** The version the caller last saw (If-Match), for optimistic concurrency; undefined if absent. */
export const IfMatchVersion = createParamDecorator(
  (_: unknown, context: ExecutionContext): number | undefined => {
    const request = context.switchToHttp().getRequest<RequestWithHeaders>();
    return parseRequest(
      ifMatchSchema,
      { 'if-match': headerOf(request, 'if-match') },
      localeOf(request),
    )['if-match'];
  },
);

/** The quoted stream version: the ETag of an aggregate's responses (ADR 0004). */
export const etag = (version: number) => `"${version}"`;

/** Answers with what a handler returned, its stream version as the ETag (ADR 0004). */
export async function withEtag<Result extends { version: number }>(
  response: { setHeader(name: string, value: string): unknown },
  pending: Result | Promise<Result>,
): Promise<Result> {
  const result = await pending;
  response.setHeader('ETag', etag(result.version));
  return result;
}
