import type { Principal } from '../principal';

/** The services behind the gateway; each trusts the identity headers only the gateway sets. */
export type DownstreamName = 'intake' | 'triage';

/** A file passed on as it came (an import), not as JSON. */
export interface ForwardedUpload {
  contentType: string;
  content: Buffer;
}

/** A request to a service behind the gateway, sent with the caller's identity. */
export interface ForwardRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** With its query string, if any. */
  path: string;
  /** Sent as JSON; ignored when there is an upload. */
  body: unknown;
  upload?: ForwardedUpload;
  principal: Principal;
  /** Idempotency-Key, If-Match, Accept-Language and correlation id, passed on as they came. */
  headers: Record<string, string | undefined>;
}

/** A service's answer: its status, the headers the gateway passes back, and its parsed body. */
export interface ForwardResponse {
  status: number;
  etag: string | undefined;
  /** The service's own path (`/submissions/…`); the gateway answers its public route instead. */
  location: string | undefined;
  /** Seconds or an HTTP date, as the service sent it (429, 503). */
  retryAfter?: string;
  body: unknown;
}

export interface Downstream {
  readonly name: DownstreamName;
  send(request: ForwardRequest): Promise<ForwardResponse>;
}
