import { Controller, Get, Post, Put, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  proposalConversionRequestSchema,
  reviseRequestSchema,
  saveDraftRequestSchema,
  submitDraftRequestSchema,
  submitRequestSchema,
  withdrawRequestSchema,
} from '@opinion/contracts';
import { openApiSchema, ValidBody, ValidQuery, type HeaderResponse } from '@opinion/http';
import { z } from 'zod';
import { ForwardToIntakeHandler } from '../../application/forward-command/forward-command-handler';
import { GetInboxHandler } from '../../application/get-inbox/get-inbox-handler';
import {
  INBOX_MESSAGES,
  inboxQuerySchema,
  type InboxQuery,
} from '../../application/get-inbox/get-inbox-query';
import { GetSubmissionHandler } from '../../application/get-submission/get-submission-handler';
import { ListMySubmissionsHandler } from '../../application/list-my-submissions/list-my-submissions-handler';
import type { Principal } from '../../application/principal';
import { ALL_ROLES, STAFF_ROLES, SUBMITTER_ROLES } from '../../domain/roles';
import { CurrentPrincipal, Roles } from './access';
import { ForwardedHeaders, forwardAndAnswer } from './forwarding';
import { IdParam } from './identity-body';
import { RateLimited } from './rate-limit';

const listQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(500).default(100) })
  .strict();

/** Passed to intake, which checks them against the item's revisions. */
const revisionNumber = z.string().regex(/^[1-9]\d{0,5}$/, 'revision.number');
const compareQuerySchema = z
  .object({ from: revisionNumber.optional(), to: revisionNumber.optional() })
  .strict();

type Headers = Record<string, string | undefined>;

/**
 * The people-facing submission API. Queries come from the gateway's read model with the
 * visibility rule (the timeline, intake's read model, is forwarded once the rule allows it);
 * commands are checked here and forwarded to intake, which owns the rules, and intake's answer
 * comes back as answerForwarded passes every service's answer on (status, body, ETag, Location
 * as this API's path).
 */
@ApiTags('submissions')
@ApiHeader({ name: 'accept-language', required: false })
@Controller('api')
export class SubmissionsController {
  constructor(
    private readonly forwardHandler: ForwardToIntakeHandler,
    private readonly getHandler: GetSubmissionHandler,
    private readonly listHandler: ListMySubmissionsHandler,
    private readonly inboxHandler: GetInboxHandler,
  ) {}

  /** 信息收件箱: the committee's items, newest first, filtered, `nextCursor` for the next page. */
  @Get('inbox')
  @Roles(...STAFF_ROLES)
  inbox(
    @ValidQuery({ schema: inboxQuerySchema, messages: INBOX_MESSAGES }) query: InboxQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.inboxHandler.execute(query, principal);
  }

  /** Counts of the committee's items by status and by label, for the inbox's filters. */
  @Get('inbox/facets')
  @Roles(...STAFF_ROLES)
  inboxFacets(@CurrentPrincipal() principal: Principal) {
    return this.inboxHandler.facets(principal);
  }

  @Get('submissions/mine')
  @Roles(...ALL_ROLES)
  mine(
    @ValidQuery({ schema: listQuerySchema }) query: z.infer<typeof listQuerySchema>,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.listHandler.execute(principal, query.limit);
  }

  @Get('submissions/:id')
  @Roles(...ALL_ROLES)
  async one(
    @IdParam('submission') submissionId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    const stored = await this.getHandler.execute(submissionId, principal);
    response.setHeader('ETag', `"${stored.version}"`);
    return stored.view;
  }

  /** The item's timeline from intake, to whoever may see the item by the gateway's rule. */
  @Get('submissions/:id/timeline')
  @Roles(...ALL_ROLES)
  async timeline(
    @IdParam('submission') submissionId: string,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    await this.getHandler.execute(submissionId, principal);
    const path = `/submissions/${submissionId}/timeline`;
    return this.forward('GET', path, undefined, principal, headers, response);
  }

  /** What a revision changed (修改对比), to whoever may see the item by the gateway's rule. */
  @Get('submissions/:id/revisions/compare')
  @Roles(...ALL_ROLES)
  async compareRevisions(
    @IdParam('submission') submissionId: string,
    @ValidQuery({ schema: compareQuerySchema }) query: z.infer<typeof compareQuerySchema>,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    await this.getHandler.execute(submissionId, principal);
    const search = new URLSearchParams(query as Record<string, string>).toString();
    const path = `/submissions/${submissionId}/revisions/compare${search && `?${search}`}`;
    return this.forward('GET', path, undefined, principal, headers, response);
  }

  @Post('submissions')
  @Roles(...SUBMITTER_ROLES)
  @RateLimited('submit')
  @ApiHeader({ name: 'idempotency-key', required: false })
  @ApiBody({ schema: openApiSchema(submitRequestSchema) })
  submit(
    @ValidBody({ schema: submitRequestSchema }) body: unknown,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return this.forward('POST', '/submissions', body, principal, headers, response);
  }

  @Post('submissions/drafts')
  @Roles(...SUBMITTER_ROLES)
  @ApiHeader({ name: 'idempotency-key', required: false })
  @ApiBody({ schema: openApiSchema(saveDraftRequestSchema) })
  createDraft(
    @ValidBody({ schema: saveDraftRequestSchema }) body: unknown,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return this.forward('POST', '/submissions/drafts', body, principal, headers, response);
  }

  @Put('submissions/drafts/:id')
  @Roles(...SUBMITTER_ROLES)
  @ApiHeader({ name: 'if-match', required: false })
  @ApiBody({ schema: openApiSchema(saveDraftRequestSchema) })
  saveDraft(
    @IdParam('submission') id: string,
    @ValidBody({ schema: saveDraftRequestSchema }) body: unknown,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return this.forward('PUT', `/submissions/drafts/${id}`, body, principal, headers, response);
  }

  @Post('submissions/:id/submit')
  @Roles(...SUBMITTER_ROLES)
  @RateLimited('submit')
  @ApiHeader({ name: 'if-match', required: false })
  submitDraft(
    @IdParam('submission') id: string,
    @ValidBody({ schema: submitDraftRequestSchema }) body: unknown,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return this.forward('POST', `/submissions/${id}/submit`, body, principal, headers, response);
  }

  @Post('submissions/:id/revisions')
  @Roles(...SUBMITTER_ROLES)
  @ApiHeader({ name: 'if-match', required: false })
  @ApiBody({ schema: openApiSchema(reviseRequestSchema) })
  revise(
    @IdParam('submission') id: string,
    @ValidBody({ schema: reviseRequestSchema }) body: unknown,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return this.forward('POST', `/submissions/${id}/revisions`, body, principal, headers, response);
  }

  @Post('submissions/:id/withdraw')
  @Roles(...SUBMITTER_ROLES)
  @ApiHeader({ name: 'if-match', required: false })
  @ApiBody({ schema: openApiSchema(withdrawRequestSchema) })
  withdraw(
    @IdParam('submission') id: string,
    @ValidBody({ schema: withdrawRequestSchema }) body: unknown,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return this.forward('POST', `/submissions/${id}/withdraw`, body, principal, headers, response);
  }

  /** 提案转社情民意 is the information office's work. */
  @Post('proposal-conversions')
  @Roles('editor', 'admin')
  @ApiHeader({ name: 'idempotency-key', required: false })
  @ApiBody({ schema: openApiSchema(proposalConversionRequestSchema) })
  convert(
    @ValidBody({ schema: proposalConversionRequestSchema }) body: unknown,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return this.forward('POST', '/proposal-conversions', body, principal, headers, response);
  }

  /** Intake's answer as answerForwarded passes it on: status, body, ETag, Location (public). */
  private forward(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body: unknown,
    principal: Principal,
    headers: Headers,
    response: HeaderResponse,
  ) {
    const request = { method, path, body, principal, headers };
    return forwardAndAnswer(this.forwardHandler, request, response);
  }
}
