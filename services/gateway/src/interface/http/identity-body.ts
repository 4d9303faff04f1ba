import { IDENTITY_MESSAGES, submissionIdSchema, userIdSchema } from '@opinion/contracts';
import { localeOf, parseRequest, ValidBody } from '@opinion/http';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { z } from 'zod';

/** A body parsed by an identity schema, with the identity rules' messages translated. */
export const IdentityBody = (schema: z.ZodType) =>
  ValidBody({ schema, messages: IDENTITY_MESSAGES });

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
}

const ID_SCHEMAS = { identity: userIdSchema, submission: submissionIdSchema };

/**
 * The `:id` path parameter, checked before it reaches any query: a user or organisation id, or a
 * submission id. (The decorator takes a name, not a schema: Nest would take a zod schema, which
 * has a `transform` method, for a pipe.)
 */
export const IdParam = createParamDecorator(
  (kind: keyof typeof ID_SCHEMAS | undefined, context: ExecutionContext): string => {
    const request = context.switchToHttp().getRequest<RequestLike>();
    const schema = z.object({ id: ID_SCHEMAS[kind ?? 'identity'] });
    return parseRequest(schema, { id: request.params.id }, localeOf(request)).id;
  },
);
