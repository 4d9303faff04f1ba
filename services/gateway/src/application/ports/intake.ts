import type { Principal } from '../principal';

/** A file passed on as it came (an import), not as JSON. */
export interface IntakeUpload {
  contentType: string;
  content: Buffer;
}

/** A request to the intake service, sent with the caller's identity. */
export interface IntakeRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** With its query string, if any. */
  path: string;
  /** Sent as JSON; ignored when there is an upload. */
  body: unknown;
  upload?: IntakeUpload;
  principal: Principal;
  /** Idempotency-Key, If-Match, Accept-Language and correlation id, passed on as they came. */
  headers: Record<string, string | undefined>;
}

export interface IntakeResponse {
  status: number;
  etag: string | undefined;
  location: string | undefined;
  body: unknown;
}

export interface Intake {
  send(request: IntakeRequest): Promise<IntakeResponse>;
}
