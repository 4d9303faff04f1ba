import { Controller, Post, Res } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import {
  proposalConversionRequestSchema,
  type EventMetadata,
  type ProposalConversionRequest,
} from '@opinion/contracts';
import { Caller, etag, openApiSchema, ValidBody, type HeaderResponse } from '@opinion/http';
import { ConvertProposalHandler } from '../../application/convert-proposal/convert-proposal-handler';
import { IdempotencyKey } from './request-context';

/** 提案转社情民意. */
@ApiTags('proposal conversions')
@Controller('proposal-conversions')
export class ProposalConversionsController {
  constructor(private readonly handler: ConvertProposalHandler) {}

  @Post()
  @ApiBody({ schema: openApiSchema(proposalConversionRequestSchema) })
  async convert(
    @ValidBody({ schema: proposalConversionRequestSchema }) request: ProposalConversionRequest,
    @Caller() metadata: EventMetadata,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    const result = await this.handler.execute({ request, metadata, idempotencyKey });
    response.status(result.created ? 201 : 200);
    response.setHeader('ETag', etag(result.version));
    response.setHeader('Location', `/submissions/${result.submissionId}`);
    return result;
  }
}
