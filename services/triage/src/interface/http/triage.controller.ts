import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  correctClassificationRequestSchema,
  hotIssuesQuerySchema,
  similarItemsRequestSchema,
  type CorrectClassificationRequest,
  type EventMetadata,
  type HotIssuesQuery,
  type SimilarItemsRequest,
} from '@opinion/contracts';
import {
  Caller,
  IfMatchVersion,
  localeOf,
  openApiSchema,
  ValidBody,
  ValidQuery,
  withEtag,
  ApiIdentityHeaders,
  type HeaderResponse,
  type RequestLike,
} from '@opinion/http';
import { CorrectClassificationHandler } from '../../application/correct-classification/correct-classification-handler';
import { GetItemHandler } from '../../application/get-item/get-item-handler';
import { HotIssuesHandler } from '../../application/hot-issues/hot-issues-handler';
import { SimilarItemsHandler } from '../../application/similar-items/similar-items-handler';
import { ItemIdParam } from './item-id';

/** 研判: classification, repeats and clusters of items; every call carries the gateway's identity. */
@ApiTags('triage')
@ApiIdentityHeaders()
@Controller('triage')
export class TriageController {
  constructor(
    private readonly getItem: GetItemHandler,
    private readonly hotIssues: HotIssuesHandler,
    private readonly similarItems: SimilarItemsHandler,
    private readonly correctClassification: CorrectClassificationHandler,
  ) {}

  /** ETag: the triage stream version the read model holds (it may trail a just-made change). */
  @Get('items/:itemId')
  item(
    @Caller() _caller: EventMetadata,
    @ItemIdParam() itemId: string,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return withEtag(response, this.getItem.execute({ itemId }));
  }

  @Get('hot-issues')
  hot(
    @Caller() _caller: EventMetadata,
    @ValidQuery({ schema: hotIssuesQuerySchema }) query: HotIssuesQuery,
  ) {
    return this.hotIssues.execute(query);
  }

  @Post('similar')
  @HttpCode(200)
  @ApiBody({ schema: openApiSchema(similarItemsRequestSchema) })
  similar(
    @Caller() _caller: EventMetadata,
    @ValidBody({ schema: similarItemsRequestSchema })
    request: SimilarItemsRequest,
    @Req() http: RequestLike,
  ) {
    return this.similarItems.execute({ request, locale: localeOf(http) });
  }

  @Post('items/:itemId/classification')
  @HttpCode(200)
  @ApiHeader({
    name: 'if-match',
    required: false,
    description: 'ETag of the item\'s triage, e.g. "2"',
  })
  @ApiBody({ schema: openApiSchema(correctClassificationRequestSchema) })
  async correct(
    @Caller() metadata: EventMetadata,
    @ItemIdParam() itemId: string,
    @ValidBody({ schema: correctClassificationRequestSchema })
    request: CorrectClassificationRequest,
    @IfMatchVersion() expectedVersion: number | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    return withEtag(
      response,
      this.correctClassification.execute({
        itemId,
        label: request.label,
        expectedVersion,
        metadata,
      }),
    );
  }
}
