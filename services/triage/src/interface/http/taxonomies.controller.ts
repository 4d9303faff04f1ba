import { Controller, Get, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  defineTaxonomyRequestSchema,
  type DefineTaxonomyRequest,
  type EventMetadata,
} from '@opinion/contracts';
import {
  Caller,
  IfMatchVersion,
  localeOf,
  openApiSchema,
  ValidBody,
  withEtag,
  ApiIdentityHeaders,
  type HeaderResponse,
  type RequestLike,
} from '@opinion/http';
import { DefineTaxonomyHandler } from '../../application/taxonomies/define-taxonomy-handler';
import { GetTaxonomyHandler } from '../../application/taxonomies/get-taxonomy-handler';
import { OrgIdParam } from './org-id';

/**
 * 分类体系: each organisation's taxonomy, for items assessed from now on. ETag: the version of its
 * `triagetaxonomy` stream, "0" while the default (committee domains) is in force.
 */
@ApiTags('taxonomies')
@ApiIdentityHeaders()
@Controller('triage/taxonomies')
export class TaxonomiesController {
  constructor(
    private readonly getTaxonomy: GetTaxonomyHandler,
    private readonly defineTaxonomy: DefineTaxonomyHandler,
  ) {}

  @Get(':orgId')
  taxonomy(
    @Caller() _caller: EventMetadata,
    @OrgIdParam() orgId: string,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return withEtag(response, this.getTaxonomy.execute({ orgId }));
  }

  /** Administrators: 403 otherwise; 422 names the rules broken; a stale If-Match is 412. */
  @Put(':orgId')
  @ApiHeader({ name: 'if-match', required: false, description: 'ETag of the taxonomy, e.g. "0"' })
  @ApiBody({ schema: openApiSchema(defineTaxonomyRequestSchema) })
  define(
    @Caller() metadata: EventMetadata,
    @OrgIdParam() orgId: string,
    @ValidBody({ schema: defineTaxonomyRequestSchema }) request: DefineTaxonomyRequest,
    @IfMatchVersion() expectedVersion: number | undefined,
    @Req() http: RequestLike,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return withEtag(
      response,
      this.defineTaxonomy.execute({
        orgId,
        request,
        expectedVersion,
        locale: localeOf(http),
        metadata,
      }),
    );
  }
}
