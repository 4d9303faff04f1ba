import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  createOrganisationRequestSchema,
  updateOrganisationRequestSchema,
  type CreateOrganisationRequest,
  type UpdateOrganisationRequest,
} from '@opinion/contracts';
import { openApiSchema } from '@opinion/http';
import { CreateOrganisationHandler } from '../../application/create-organisation/create-organisation-handler';
import { ListOrganisationsHandler } from '../../application/list-organisations/list-organisations-handler';
import { actorOf, type Principal } from '../../application/principal';
import { RenameOrganisationHandler } from '../../application/rename-organisation/rename-organisation-handler';
import { CurrentPrincipal, Roles } from './access';
import { IdentityBody, IdParam } from './identity-body';

@ApiTags('admin')
@Controller('admin/organisations')
export class AdminOrganisationsController {
  constructor(
    private readonly create: CreateOrganisationHandler,
    private readonly rename: RenameOrganisationHandler,
    private readonly list: ListOrganisationsHandler,
  ) {}

  @Get()
  @Roles('admin')
  organisations(@CurrentPrincipal() principal: Principal) {
    return this.list.execute(actorOf(principal));
  }

  @Post()
  @Roles('admin')
  @ApiBody({ schema: openApiSchema(createOrganisationRequestSchema) })
  add(
    @IdentityBody(createOrganisationRequestSchema) request: CreateOrganisationRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.create.execute({ ...request, actor: actorOf(principal) });
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBody({ schema: openApiSchema(updateOrganisationRequestSchema) })
  update(
    @IdParam() organisationId: string,
    @IdentityBody(updateOrganisationRequestSchema) request: UpdateOrganisationRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.rename.execute({ organisationId, name: request.name, actor: actorOf(principal) });
  }
}
