import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  loginRequestSchema,
  refreshRequestSchema,
  type LoginRequest,
  type RefreshRequest,
} from '@opinion/contracts';
import { openApiSchema } from '@opinion/http';
import { LoginHandler } from '../../application/login/login-handler';
import { LogoutHandler } from '../../application/logout/logout-handler';
import type { Principal } from '../../application/principal';
import { RefreshHandler } from '../../application/refresh/refresh-handler';
import { ALL_ROLES } from '../../domain/roles';
import { CurrentPrincipal, Public, Roles } from './access';
import { IdentityBody } from './identity-body';
import { RateLimited } from './rate-limit';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginHandler,
    private readonly refresh: RefreshHandler,
    private readonly logout: LogoutHandler,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @RateLimited('login')
  @ApiBody({ schema: openApiSchema(loginRequestSchema) })
  signIn(@IdentityBody(loginRequestSchema) request: LoginRequest) {
    return this.login.execute(request);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiBody({ schema: openApiSchema(refreshRequestSchema) })
  rotate(@IdentityBody(refreshRequestSchema) request: RefreshRequest) {
    return this.refresh.execute(request.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Roles(...ALL_ROLES)
  async signOut(@CurrentPrincipal() principal: Principal) {
    await this.logout.execute(principal);
  }
}
