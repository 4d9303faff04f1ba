import {
  applyDecorators,
  createParamDecorator,
  SetMetadata,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { PersonRole } from '@opinion/contracts';
import type { Principal } from '../../application/principal';

export const ROLES_KEY = 'gateway:roles';

/** The roles that may call an endpoint. Every endpoint declares its roles or `@Public()`. */
export const Roles = (...roles: PersonRole[]) =>
  applyDecorators(SetMetadata(ROLES_KEY, roles), ApiBearerAuth());

/** Needs no access token: login, refresh, and the operations endpoints of libs/http. */
export { Public, PUBLIC_KEY } from '@opinion/http';

export interface AuthenticatedRequest {
  principal?: Principal;
}

/** The caller, as the access guard authenticated them. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw new Error('CurrentPrincipal on an endpoint without @Roles');
    return principal;
  },
);
