import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { itemIdSchema } from '@opinion/contracts';
import { localeOf, parseRequest } from '@opinion/http';
import { z } from 'zod';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
}

const paramsSchema = z.object({ itemId: itemIdSchema });

/** The `:itemId` path parameter (a submission id); 400 when it is not one. */
export const ItemIdParam = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<RequestLike>();
  return parseRequest(paramsSchema, { itemId: request.params.itemId }, localeOf(request)).itemId;
});
