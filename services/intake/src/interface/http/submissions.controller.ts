import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  reviseRequestSchema,
  submitDraftRequestSchema,
  submitRequestSchema,
  userIdSchema,
  withdrawRequestSchema,
  type EventMetadata,
  type ReviseRequest,
  type SubmitRequest,
  type WithdrawRequest,
} from '@opinion/contracts';
import {
  Caller,
  etag,
  IfMatchVersion,
  openApiSchema,
  ValidBody,
  ValidQuery,
  withEtag,
  ApiIdentityHeaders,
  type HeaderResponse,
} from '@opinion/http';
import { z } from 'zod';
import { CompareRevisionsHandler } from '../../application/compare-revisions/compare-revisions-handler';
import {
  compareRevisionsParamsSchema,
  type CompareRevisionsParams,
} from '../../application/compare-revisions/compare-revisions-query';
import { GetSubmissionHandler } from '../../application/get-submission/get-submission-handler';
import { ListMySubmissionsHandler } from '../../application/list-my-submissions/list-my-submissions-handler';
import { ReviseHandler } from '../../application/revise/revise-handler';
import { SubmitDraftHandler } from '../../application/submit-draft/submit-draft-handler';
import { SubmitHandler } from '../../application/submit/submit-handler';
import { GetTimelineHandler } from '../../application/timeline/get-timeline-handler';
import { WithdrawHandler } from '../../application/withdraw/withdraw-handler';
import { IdempotencyKey, IdParam } from './request-context';

/** "My items": `submitter` is the caller, unless the caller is staff. */
const listQuerySchema = z.object({
  submitter: userIdSchema,
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

@ApiTags('submissions')
@ApiIdentityHeaders()
@Controller('submissions')
export class SubmissionsController {
  constructor(
    private readonly submitHandler: SubmitHandler,
    private readonly submitDraftHandler: SubmitDraftHandler,
    private readonly reviseHandler: ReviseHandler,
    private readonly withdrawHandler: WithdrawHandler,
    private readonly getHandler: GetSubmissionHandler,
    private readonly listHandler: ListMySubmissionsHandler,
    private readonly timelineHandler: GetTimelineHandler,
    private readonly compareHandler: CompareRevisionsHandler,
  ) {}

  @Post()
  @ApiHeader({ name: 'idempotency-key', required: false })
  @ApiBody({ schema: openApiSchema(submitRequestSchema) })
  async submit(
    @ValidBody({ schema: submitRequestSchema }) request: SubmitRequest,
    @Caller() metadata: EventMetadata,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    const result = await this.submitHandler.execute({ request, metadata, idempotencyKey });
    response.status(result.created ? 201 : 200);
    response.setHeader('ETag', etag(result.version));
    response.setHeader('Location', `/submissions/${result.submissionId}`);
    return result;
  }

  @Get()
  async list(
    @ValidQuery({ schema: listQuerySchema }) query: z.infer<typeof listQuerySchema>,
    @Caller() metadata: EventMetadata,
  ) {
    return { items: await this.listHandler.execute({ ...query, actor: metadata.actor }) };
  }

  @Get(':id')
  async get(
    @IdParam() submissionId: string,
    @Caller() metadata: EventMetadata,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    const view = await this.getHandler.execute({ submissionId, actor: metadata.actor });
    response.setHeader('ETag', etag(view.version));
    return view;
  }

  /** Every event that touched the item, from every service, in order (a read model). */
  @Get(':id/timeline')
  timeline(@IdParam() submissionId: string, @Caller() metadata: EventMetadata) {
    return this.timelineHandler.execute({ submissionId, actor: metadata.actor });
  }

  /** What a revision changed, field by field (`?from=1&to=2`; by default the latest revision). */
  @Get(':id/revisions/compare')
  compareRevisions(
    @IdParam() submissionId: string,
    @ValidQuery({ schema: compareRevisionsParamsSchema }) query: CompareRevisionsParams,
    @Caller() metadata: EventMetadata,
  ) {
    return this.compareHandler.execute({ submissionId, ...query, actor: metadata.actor });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiBody({ schema: openApiSchema(submitDraftRequestSchema), required: false })
  async submitDraft(
    @IdParam() submissionId: string,
    @ValidBody({ schema: submitDraftRequestSchema }) _request: unknown,
    @Caller() metadata: EventMetadata,
    @IfMatchVersion() expectedVersion: number | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return withEtag(
      response,
      this.submitDraftHandler.execute({
        submissionId,
        metadata,
        expectedVersion,
      }),
    );
  }

  @Post(':id/revisions')
  @HttpCode(200)
  @ApiBody({ schema: openApiSchema(reviseRequestSchema) })
  async revise(
    @IdParam() submissionId: string,
    @ValidBody({ schema: reviseRequestSchema }) request: ReviseRequest,
    @Caller() metadata: EventMetadata,
    @IfMatchVersion() expectedVersion: number | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return withEtag(
      response,
      this.reviseHandler.execute({
        submissionId,
        request,
        metadata,
        expectedVersion,
      }),
    );
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiBody({ schema: openApiSchema(withdrawRequestSchema), required: false })
  async withdraw(
    @IdParam() submissionId: string,
    @ValidBody({ schema: withdrawRequestSchema }) request: WithdrawRequest,
    @Caller() metadata: EventMetadata,
    @IfMatchVersion() expectedVersion: number | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return withEtag(
      response,
      this.withdrawHandler.execute({
        submissionId,
        request,
        metadata,
        expectedVersion,
      }),
    );
  }
}
