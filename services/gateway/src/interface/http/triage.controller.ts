import { Controller, Get, HttpCode, Post, Put, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  correctClassificationRequestSchema,
  defineTaxonomyRequestSchema,
  hotIssuesQuerySchema,
  retrainRequestSchema,
  similarItemsRequestSchema,
  type CorrectClassificationRequest,
  type DefineTaxonomyRequest,
  type RetrainRequest,
  type SimilarItemsRequest,
} from '@opinion/contracts';
import { openApiSchema, ValidBody, ValidQuery, type HeaderResponse } from '@opinion/http';
import type { z } from 'zod';
import { ForwardToTriageHandler } from '../../application/forward-command/forward-command-handler';
import { ForwardTaxonomyHandler } from '../../application/forward-taxonomy/forward-taxonomy-handler';
import { GetSubmissionHandler } from '../../application/get-submission/get-submission-handler';
import type { Principal } from '../../application/principal';
import { RequestRetrainHandler } from '../../application/request-retrain/request-retrain-handler';
import { SimilarItemsHandler } from '../../application/similar-items/similar-items-handler';
import { ALL_ROLES, STAFF_ROLES, SUBMITTER_ROLES } from '../../domain/roles';
import { CurrentPrincipal, Roles } from './access';
import { answerForwarded, ForwardedHeaders, forwardAndAnswer } from './forwarding';
import { IdParam } from './identity-body';

type Headers = Record<string, string | undefined>;

/** Hot issues are always the caller's committee's: the gateway names it, never the caller. */
const hotIssuesQuery = hotIssuesQuerySchema.omit({ orgId: true });

/**
 * 研判 through the gateway. Triage trusts the identity headers and knows nothing of who may see
 * an item, so the gateway applies the visibility rule before forwarding (404, as for
 * submissions), scopes hot issues, retraining and taxonomies to the caller's committees, and
 * reduces the similar items to what the caller may learn. Triage's answer comes back as
 * answerForwarded passes every service's answer on (status, body, ETag, Retry-After, Location).
 */
@ApiTags('triage')
@ApiHeader({ name: 'accept-language', required: false })
@Controller('triage')
export class TriageController {
  constructor(
    private readonly triage: ForwardToTriageHandler,
    private readonly getSubmission: GetSubmissionHandler,
    private readonly similarItems: SimilarItemsHandler,
    private readonly requestRetrain: RequestRetrainHandler,
    private readonly taxonomies: ForwardTaxonomyHandler,
  ) {}

  @Post('similar')
  @HttpCode(200)
  @Roles(...SUBMITTER_ROLES, 'editor')
  @ApiOperation({
    summary: '这些信息可能与您要报送的内容相似',
    description:
      'Items the caller may see in full (title, status); of the rest only `hiddenCount`, the ' +
      'number in the caller’s committee. Items of other committees are left out.',
  })
  @ApiBody({ schema: openApiSchema(similarItemsRequestSchema) })
  async similar(
    @ValidBody({ schema: similarItemsRequestSchema }) request: SimilarItemsRequest,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return answerForwarded(await this.similarItems.execute(request, principal, headers), response);
  }

  @Get('items/:id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The item’s triage, to whoever may see the item (else 404)' })
  async item(
    @IdParam('submission') itemId: string,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    await this.getSubmission.execute(itemId, principal);
    const path = `/triage/items/${itemId}`;
    return this.forward('GET', path, undefined, principal, headers, response);
  }

  @Get('hot-issues')
  @Roles(...STAFF_ROLES)
  @ApiOperation({ summary: '热点问题 of the caller’s committee' })
  @ApiQuery({ name: 'weeks', required: false, description: '1–26, default 4' })
  @ApiQuery({ name: 'limit', required: false, description: '1–100, default 20' })
  hotIssues(
    @ValidQuery({ schema: hotIssuesQuery }) query: z.infer<typeof hotIssuesQuery>,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    const search = new URLSearchParams({
      orgId: principal.organisationId,
      weeks: String(query.weeks),
      limit: String(query.limit),
    });
    const path = `/triage/hot-issues?${search.toString()}`;
    return this.forward('GET', path, undefined, principal, headers, response);
  }

  @Post('items/:id/classification')
  @HttpCode(200)
  @Roles('editor')
  @ApiOperation({
    summary: '人工分类: an editor sets the item’s domain; ETag of the item’s triage',
  })
  @ApiHeader({ name: 'if-match', required: false })
  @ApiBody({ schema: openApiSchema(correctClassificationRequestSchema) })
  async classify(
    @IdParam('submission') itemId: string,
    @ValidBody({ schema: correctClassificationRequestSchema }) body: CorrectClassificationRequest,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    await this.getSubmission.execute(itemId, principal);
    const path = `/triage/items/${itemId}/classification`;
    return this.forward('POST', path, body, principal, headers, response);
  }

  @Post('models/retrain')
  @HttpCode(202)
  @Roles('editor', 'admin')
  @ApiOperation({
    summary: 'Queue a retraining of a committee’s model now (the caller’s unless `orgId`)',
  })
  @ApiBody({ schema: openApiSchema(retrainRequestSchema), required: false })
  async retrain(
    @ValidBody({ schema: retrainRequestSchema }) body: RetrainRequest,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return answerForwarded(
      await this.requestRetrain.execute(body.orgId, principal, headers),
      response,
    );
  }

  @Get('taxonomies/:id')
  @Roles(...STAFF_ROLES)
  @ApiOperation({
    summary: '分类体系 in force for a committee (the caller’s or one below); ETag',
  })
  async taxonomy(
    @IdParam() orgId: string,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return answerForwarded(await this.taxonomies.read(orgId, principal, headers), response);
  }

  @Put('taxonomies/:id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Define a committee’s 分类体系 (administrators, for committees they manage)',
  })
  @ApiHeader({ name: 'if-match', required: false })
  @ApiBody({ schema: openApiSchema(defineTaxonomyRequestSchema) })
  async defineTaxonomy(
    @IdParam() orgId: string,
    @ValidBody({ schema: defineTaxonomyRequestSchema }) body: DefineTaxonomyRequest,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return answerForwarded(await this.taxonomies.define(orgId, body, principal, headers), response);
  }

  private forward(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    principal: Principal,
    headers: Headers,
    response: HeaderResponse,
  ) {
    return forwardAndAnswer(this.triage, { method, path, body, principal, headers }, response);
  }
}
