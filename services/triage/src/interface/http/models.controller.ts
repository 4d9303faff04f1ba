import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { retrainRequestSchema, type EventMetadata, type RetrainRequest } from '@opinion/contracts';
import { Caller, openApiSchema, ValidBody, ApiIdentityHeaders } from '@opinion/http';
import { RequestRetrainHandler } from '../../application/request-retrain/request-retrain-handler';

/** Classifier models: retraining runs nightly; editors may ask for a run now. */
@ApiTags('models')
@ApiIdentityHeaders()
@Controller('triage/models')
export class ModelsController {
  constructor(private readonly requestRetrain: RequestRetrainHandler) {}

  /** 202: queued; the job adopts the candidate only if it scores better on held-back corrections. */
  @Post('retrain')
  @HttpCode(202)
  @ApiBody({ schema: openApiSchema(retrainRequestSchema), required: false })
  retrain(
    @Caller() metadata: EventMetadata,
    @ValidBody({ schema: retrainRequestSchema }) request: RetrainRequest,
  ) {
    return this.requestRetrain.execute({ orgId: request.orgId ?? null, metadata });
  }
}
