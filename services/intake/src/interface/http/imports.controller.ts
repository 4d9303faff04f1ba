import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { EventMetadata } from '@opinion/contracts';
import { Caller, ValidQuery, ApiIdentityHeaders, type HeaderResponse } from '@opinion/http';
import { z } from 'zod';
import { GetImportHandler } from '../../application/import/get-import-handler';
import { IMPORT_MEDIA_TYPES } from '../../application/import/import-format';
import { StartImportHandler } from '../../application/import/start-import-handler';
import { IdParam } from './request-context';
import { Upload, type UploadedImport } from './upload';

const reportQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
});

/** 批量导入: liaison points and the information office upload items in a sheet. */
@ApiTags('imports')
@ApiIdentityHeaders()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly startHandler: StartImportHandler,
    private readonly getHandler: GetImportHandler,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Upload a file of opinion items (liaison, editor, admin)',
    description:
      'The body is the file itself (not multipart), up to INTAKE_IMPORT_LIMIT (8mb). The format ' +
      'comes from Content-Type, or from the extension of `filename` (.xlsx, .csv, .jsonl) when ' +
      'it is application/octet-stream. XLSX (first sheet) and CSV (UTF-8 or GB18030) have a ' +
      'header row: 标题, 正文 or 情况/问题/建议, 报送人/提交人, 联名人 (张三(m-1)、李四(m-2)), 来源类型, ' +
      '界别, 地区, 紧急程度 (一般/紧急/特急), 直通车 (是/否), or the English field names. JSONL ' +
      'lines are POST /submissions bodies. Rows are validated like POST /submissions and ' +
      'submitted by the importer, keyed by their title, body and submitter, so rows imported ' +
      'before are recognised and not created twice. Answers 202 with Location: /imports/{id}.',
  })
  @ApiConsumes(...IMPORT_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'filename', required: false, description: 'e.g. 第三批.xlsx' })
  @ApiResponse({ status: 202, description: '{ importId, status: "queued" }' })
  @ApiResponse({ status: 413, description: 'file over INTAKE_IMPORT_LIMIT' })
  @ApiResponse({ status: 415, description: 'neither the media type nor the extension is known' })
  async upload(
    @Upload() upload: UploadedImport,
    @Caller() metadata: EventMetadata,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    const result = await this.startHandler.execute({ ...upload, metadata });
    response.setHeader('Location', `/imports/${result.importId}`);
    return result;
  }

  @Get(':id')
  @ApiOperation({
    summary: "An import's status, progress, counts and row report",
    description:
      'status: queued, running, done or failed; progress: { total, processed } rows; counts: ' +
      '{ imported, duplicates (imported before), failed }; report.rows: { row (as numbered in ' +
      'the sheet), field, column, message }, paged by offset and limit. Visible to the importer ' +
      'and to staff of the same organisation; 404 for anyone else.',
  })
  async get(
    @IdParam() importId: string,
    @ValidQuery({ schema: reportQuerySchema }) query: z.infer<typeof reportQuerySchema>,
    @Caller() metadata: EventMetadata,
  ) {
    return this.getHandler.execute({ importId, actor: metadata.actor, ...query });
  }
}
