import {
  createParamDecorator,
  PayloadTooLargeException,
  type ExecutionContext,
} from '@nestjs/common';
import { headerOf, type HeaderResponse } from '@opinion/http';
import type {
  ForwardCommandHandler,
  ForwardedAnswer,
} from '../../application/forward-command/forward-command-handler';
import type { DownstreamName, ForwardRequest } from '../../application/ports/downstream';

/**
 * The one way the gateway answers with what a service behind it answered, for every controller
 * and every service:
 *
 * - the service's status and body as they came, errors included (its `{ errors }` field
 *   messages, its `code`s), except that 403 was already turned into 404 by ForwardCommandHandler;
 * - `ETag` and `Retry-After` when the service sent them, whatever the status;
 * - `Location` rewritten from the service's own path to the gateway's route a client can GET
 *   (intake's `/submissions/:id` is `/api/submissions/:id`); a Location outside those routes
 *   names something only the service knows and is left out.
 *
 * An unreachable service (503) or one that answered something other than JSON (502) never gets
 * here: HttpDownstream throws and the exception filter answers.
 *
 * Returns the body, for a handler with `@Res({ passthrough: true })` to return.
 */
export function answerForwarded(answer: ForwardedAnswer, response: HeaderResponse): unknown {
  response.status(answer.status);
  if (answer.etag) response.setHeader('ETag', answer.etag);
  if (answer.retryAfter) response.setHeader('Retry-After', answer.retryAfter);
  const location = answer.location && publicLocation(answer.service, answer.location);
  if (location) response.setHeader('Location', location);
  return answer.body;
}

/** Forwards with `handler` and answers with the service's answer (answerForwarded). */
export async function forwardAndAnswer(
  handler: ForwardCommandHandler,
  request: ForwardRequest,
  response: HeaderResponse,
): Promise<unknown> {
  return answerForwarded(await handler.execute(request), response);
}

/** The gateway's public route for each path prefix of a service (see the controllers). */
const PUBLIC_ROUTES: Record<DownstreamName, ReadonlyArray<readonly [string, string]>> = {
  intake: [
    ['/submissions/', '/api/submissions/'],
    ['/imports/', '/api/imports/'],
  ],
  triage: [['/triage/', '/triage/']],
};

/**
 * A service's Location (a path of its own, or a URL on its own host) as the gateway's path for
 * the same resource, with its query string; undefined when the gateway has no route for it.
 */
export function publicLocation(service: DownstreamName, location: string): string | undefined {
  let url: URL;
  try {
    url = new URL(location, 'http://downstream.invalid');
  } catch {
    return undefined;
  }
  const path = `${url.pathname}${url.search}`;
  const route = PUBLIC_ROUTES[service].find(([own]) => path.startsWith(own));
  return route ? `${route[1]}${path.slice(route[0].length)}` : undefined;
}

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
