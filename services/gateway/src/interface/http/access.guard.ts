import { ForbiddenException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { PersonRole } from '@opinion/contracts';
import type { AuthenticateHandler } from '../../application/authenticate/authenticate-handler';
import { PUBLIC_KEY, ROLES_KEY, type AuthenticatedRequest } from './access';

interface RequestWithHeaders extends AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
}

/** The `Authorization: Bearer` token of a request, if it has one. */
export const bearerOf = (request: Pick<RequestWithHeaders, 'headers'>): string | undefined => {
  const header = request.headers.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  return value?.startsWith('Bearer ') ? value.slice('Bearer '.length) : undefined;
};

/**
 * Runs before every endpoint: public ones pass; the rest need a valid access token of a live
 * session (401) and one of the declared roles (403). An endpoint that declares neither is
 * refused, so a forgotten declaration fails closed.
 */
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticate: AuthenticateHandler,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<PersonRole[] | undefined>(ROLES_KEY, targets);
    const request = context.switchToHttp().getRequest<RequestWithHeaders>();
    request.principal = await this.authenticate.execute(bearerOf(request));
    if (!roles?.includes(request.principal.role)) {
      throw new ForbiddenException('this role may not use this endpoint');
    }
    return true;
  }
}
