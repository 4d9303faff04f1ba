import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { GetMeHandler } from '../../application/get-me/get-me-handler';
import type { Principal } from '../../application/principal';
import { ALL_ROLES } from '../../domain/roles';
import { CurrentPrincipal, Roles } from './access';

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly getMe: GetMeHandler) {}

  @Get()
  @Roles(...ALL_ROLES)
  me(@CurrentPrincipal() principal: Principal) {
    return this.getMe.execute(principal);
  }
}
