import { createParamDecorator, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Locale } from '@opinion/contracts';
import { headerOf, localeOf, RequestValidationError } from '@opinion/http';
import { importFormatOf, type ImportFormat } from '../../application/import/import-format';

interface UploadRequest {
  headers: Record<string, string | string[] | undefined>;
  query?: Record<string, unknown>;
  body?: unknown;
}

export interface UploadedImport {
  content: Buffer;
  format: ImportFormat;
  fileName?: string;
  locale: Locale;
}

const EMPTY_FILE: Record<Locale, string> = { 'zh-CN': '上传的文件为空', en: 'The file is empty' };

/**
 * The raw request body as an import file (the raw body parser takes the import media types),
 * with its format by media type or by the extension of `?filename=`.
 */
export const Upload = createParamDecorator((_: unknown, context): UploadedImport => {
  const request = context.switchToHttp().getRequest<UploadRequest>();
  const fileName = typeof request.query?.filename === 'string' ? request.query.filename : undefined;
  const format = importFormatOf(headerOf(request, 'content-type'), fileName);
  if (!format) throw new UnsupportedMediaTypeException('send XLSX, CSV or JSONL');
  const locale = localeOf(request);
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
    throw new RequestValidationError([{ field: 'file', message: EMPTY_FILE[locale] }]);
  }
  return {
    content: request.body,
    format,
    ...(fileName && { fileName: fileName.slice(0, 255) }),
    locale,
  };
});
