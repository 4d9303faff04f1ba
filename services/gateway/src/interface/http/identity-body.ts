import { IDENTITY_MESSAGES, userIdSchema } from '@opinion/contracts';
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

/** The `:id` path parameter, checked against a schema before it reaches any query. */
export const IdParam = createParamDecorator(
  (schema: z.ZodType | undefined, context: ExecutionContext): string => {
    const request = context.switchToHttp().getRequest<RequestLike>();
    const parsed = parseRequest(
      z.object({ id: schema ?? userIdSchema }),
      { id: request.params.id },
      localeOf(request),
    );
    return parsed.id as string;
  },
);
