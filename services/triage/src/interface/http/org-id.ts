import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { taxonomyParamsSchema } from '@opinion/contracts';
import { localeOf, parseRequest } from '@opinion/http';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  params: Record<string, string>;
}

/** The `:orgId` path parameter; 400 when it is not an organisation id. */
export const OrgIdParam = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<RequestLike>();
  return parseRequest(taxonomyParamsSchema, { orgId: request.params.orgId }, localeOf(request))
    .orgId;
});
