import {
  createParamDecorator,
  PayloadTooLargeException,
  type ExecutionContext,
} from '@nestjs/common';
import { headerOf } from '@opinion/http';

/** The caller's headers intake needs, passed on as they came; identity headers are never taken. */
const PASSED_ON = ['idempotency-key', 'if-match', 'accept-language', 'x-correlation-id'] as const;

export const ForwardedHeaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): Record<string, string | undefined> => {
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | string[] | undefined> }>();
    return Object.fromEntries(PASSED_ON.map((name) => [name, headerOf(request, name)]));
  },
);

/** The largest import file: intake's default INTAKE_IMPORT_LIMIT, far above the JSON limit. */
export const IMPORT_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * A request body as raw bytes, refused with 413 past `limitBytes`. The gateway's only parser is
 * for JSON, so an upload's stream is still unread here; a JSON body was consumed by that parser
 * and reads as empty, which intake then refuses as it refuses any other wrong upload.
 */
export async function readRawBody(
  request: AsyncIterable<Buffer> & { headers: Record<string, string | string[] | undefined> },
  limitBytes: number,
): Promise<Buffer> {
  const tooLarge = () => new PayloadTooLargeException(`the file is over ${limitBytes} bytes`);
  if (Number(headerOf(request, 'content-length') ?? 0) > limitBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limitBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
