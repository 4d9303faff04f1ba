import type { Principal } from '../principal';

/** A command for the intake service, sent with the caller's identity. */
export interface IntakeRequest {
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
  principal: Principal;
  /** Idempotency-Key, If-Match, Accept-Language and correlation id, passed on as they came. */
  headers: Record<string, string | undefined>;
}

export interface IntakeResponse {
  status: number;
  etag: string | undefined;
  body: unknown;
}

export interface Intake {
  send(request: IntakeRequest): Promise<IntakeResponse>;
}
