import { Controller, Post, Put, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  saveDraftRequestSchema,
  type EventMetadata,
  type SaveDraftRequest,
} from '@opinion/contracts';
import { SaveDraftHandler } from '../../application/save-draft/save-draft-handler';
import {
  Caller,
  etag,
  IfMatchVersion,
  openApiSchema,
  ValidBody,
  withEtag,
  type HeaderResponse,
} from '@opinion/http';
import { IdempotencyKey, IdParam } from './request-context';

/** 草稿: save now, resume later, submit with POST /submissions/:id/submit. */
@ApiTags('drafts')
@Controller('submissions/drafts')
export class DraftsController {
  constructor(private readonly handler: SaveDraftHandler) {}

  @Post()
  @ApiBody({ schema: openApiSchema(saveDraftRequestSchema) })
  async create(
    @ValidBody({ schema: saveDraftRequestSchema }) request: SaveDraftRequest,
    @Caller() metadata: EventMetadata,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    const result = await this.handler.execute({ request, metadata, idempotencyKey });
    // A replayed Idempotency-Key answers the draft it made the first time: 200, as submissions do.
    response.status('created' in result && !result.created ? 200 : 201);
    response.setHeader('ETag', etag(result.version));
    response.setHeader('Location', `/submissions/${result.submissionId}`);
    return result;
  }

  @Put(':id')
  @ApiBody({ schema: openApiSchema(saveDraftRequestSchema) })
  async save(
    @IdParam() submissionId: string,
    @ValidBody({ schema: saveDraftRequestSchema }) request: SaveDraftRequest,
    @Caller() metadata: EventMetadata,
    @IfMatchVersion() expectedVersion: number | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return withEtag(
      response,
      this.handler.execute({ submissionId, request, metadata, expectedVersion }),
    );
  }
}
