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

export interface ForwardResponse {
  status: number;
  etag: string | undefined;
  location: string | undefined;
  body: unknown;
}

export interface Downstream {
  readonly name: DownstreamName;
  send(request: ForwardRequest): Promise<ForwardResponse>;
}
