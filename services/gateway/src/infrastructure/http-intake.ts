import { IntakeUnavailableError } from '../application/application-errors';
import type { Intake, IntakeRequest, IntakeResponse } from '../application/ports/intake';

const TIMEOUT_MS = 10_000;

/** Intake over HTTP, with the identity headers only the gateway may set. */
export class HttpIntake implements Intake {
  constructor(private readonly baseUrl: string) {}

  async send({
    method,
    path,
    body,
    upload,
    principal,
    headers,
  }: IntakeRequest): Promise<IntakeResponse> {
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
      throw new IntakeUnavailableError(error);
    });
    const text = await response.text();
    return {
      status: response.status,
      etag: response.headers.get('etag') ?? undefined,
      location: response.headers.get('location') ?? undefined,
      body: text ? JSON.parse(text) : undefined,
    };
  }
}
