import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiQuery, ApiTags } from '@nestjs/swagger';
import { headerOf, type HeaderResponse } from '@opinion/http';
import type { IncomingMessage } from 'node:http';
import { ForwardToIntakeHandler } from '../../application/forward-command/forward-command-handler';
import type { ForwardRequest } from '../../application/ports/downstream';
import type { Principal } from '../../application/principal';
import { STAFF_ROLES } from '../../domain/roles';
import { CurrentPrincipal, Roles } from './access';
import { ForwardedHeaders, forwardAndAnswer, IMPORT_LIMIT_BYTES, readRawBody } from './forwarding';
import { RateLimited } from './rate-limit';

type Headers = Record<string, string | undefined>;

/** The query parameters intake reads, passed on; nothing else of the caller's URL is. */
const queryString = (query: Record<string, string | undefined>) => {
  const defined = Object.entries(query).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return defined.length > 0 ? `?${new URLSearchParams(defined).toString()}` : '';
};

/**
 * 批量导入 through the gateway: the file goes to intake as it came, with its media type; intake
 * checks the format, runs the import and decides who may read its report. Its answer comes back
 * as answerForwarded passes every service's answer on (Location: /api/imports/{id}).
 */
@ApiTags('imports')
@ApiHeader({ name: 'accept-language', required: false })
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly forwardHandler: ForwardToIntakeHandler) {}

  @Post()
  @Roles('liaison', 'editor', 'admin')
  @RateLimited('submit')
  @ApiConsumes(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/csv',
    'application/x-ndjson',
    'application/octet-stream',
  )
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'filename', required: false, description: 'e.g. 第三批.xlsx' })
  async upload(
    @Req() incoming: IncomingMessage,
    @Query('filename') filename: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    const request: ForwardRequest = {
      method: 'POST',
      path: `/imports${queryString({ filename })}`,
      body: undefined,
      upload: {
        contentType: headerOf(incoming, 'content-type') ?? 'application/octet-stream',
        content: await readRawBody(incoming, IMPORT_LIMIT_BYTES),
      },
      principal,
      headers,
    };
    return forwardAndAnswer(this.forwardHandler, request, response);
  }

  @Get(':id')
  @Roles('liaison', ...STAFF_ROLES)
  @ApiQuery({ name: 'offset', required: false })
  @ApiQuery({ name: 'limit', required: false })
  async get(
    @Param('id', new ParseUUIDPipe()) importId: string,
    @Query('offset') offset: string | undefined,
    @Query('limit') limit: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @ForwardedHeaders() headers: Headers,
    @Res({ passthrough: true }) response: HeaderResponse,
  ) {
    const path = `/imports/${importId}${queryString({ offset, limit })}`;
    const request: ForwardRequest = { method: 'GET', path, body: undefined, principal, headers };
    return forwardAndAnswer(this.forwardHandler, request, response);
  }
}
