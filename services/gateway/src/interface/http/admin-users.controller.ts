import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  createUserRequestSchema,
  organisationIdSchema,
  updateUserRequestSchema,
  type CreateUserRequest,
  type UpdateUserRequest,
} from '@opinion/contracts';
import { openApiSchema, ValidQuery } from '@opinion/http';
import { z } from 'zod';
import { CreateUserHandler } from '../../application/create-user/create-user-handler';
import { GetUserHandler } from '../../application/get-user/get-user-handler';
import { actorOf, type Principal } from '../../application/principal';
import { UpdateUserHandler } from '../../application/update-user/update-user-handler';
import { CurrentPrincipal, Roles } from './access';
import { IdentityBody, IdParam } from './identity-body';

const listQuerySchema = z
  .object({
    organisationId: organisationIdSchema,
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly create: CreateUserHandler,
    private readonly update: UpdateUserHandler,
    private readonly get: GetUserHandler,
  ) {}

  @Get()
  @Roles('admin')
  users(
    @ValidQuery({ schema: listQuerySchema }) query: z.infer<typeof listQuerySchema>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.get.listOf(query.organisationId, actorOf(principal), query.limit);
  }

  @Get(':id')
  @Roles('admin')
  user(@IdParam() userId: string, @CurrentPrincipal() principal: Principal) {
    return this.get.execute(userId, actorOf(principal));
  }

  @Post()
  @Roles('admin')
  @ApiBody({ schema: openApiSchema(createUserRequestSchema) })
  add(
    @IdentityBody(createUserRequestSchema) request: CreateUserRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.create.execute({ ...request, actor: actorOf(principal) });
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBody({ schema: openApiSchema(updateUserRequestSchema) })
  change(
    @IdParam() userId: string,
    @IdentityBody(updateUserRequestSchema) request: UpdateUserRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.update.execute({ ...request, userId, actor: actorOf(principal) });
  }
}
