import {
  DownstreamAnswerError,
  DownstreamUnavailableError,
} from '../application/application-errors';
import type {
  Downstream,
  DownstreamName,
  ForwardRequest,
  ForwardResponse,
} from '../application/ports/downstream';

const TIMEOUT_MS = 10_000;

/** A service behind the gateway over HTTP, with the identity headers only the gateway may set. */
export class HttpDownstream implements Downstream {
  constructor(
    readonly name: DownstreamName,
    private readonly baseUrl: string,
  ) {}

  async send({
    method,
    path,
    body,
    upload,
    principal,
    headers,
  }: ForwardRequest): Promise<ForwardResponse> {
    const passed = Object.entries(headers).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    );
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: {
        ...Object.fromEntries(passed),
        'content-type': upload?.contentType ?? 'application/json',
        'x-user-id': principal.userId,
        'x-user-role': principal.role,
        'x-org-id': principal.organisationId,
      },
      body: upload?.content ?? (body === undefined ? undefined : JSON.stringify(body)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    }).catch((error: unknown) => {
      throw new DownstreamUnavailableError(this.name, error);
    });
    const text = await response.text().catch((error: unknown) => {
      throw new DownstreamUnavailableError(this.name, error);
    });
    return {
      status: response.status,
      etag: response.headers.get('etag') ?? undefined,
      location: response.headers.get('location') ?? undefined,
      retryAfter: response.headers.get('retry-after') ?? undefined,
      body: text ? this.parsed(text, response.status) : undefined,
    };
  }

  /** Every service answers JSON; anything else (a proxy's error page) is a bad gateway. */
  private parsed(text: string, status: number): unknown {
    try {
      return JSON.parse(text);
    } catch {
      throw new DownstreamAnswerError(this.name, `status ${status}, a body that is not JSON`);
    }
  }
}
