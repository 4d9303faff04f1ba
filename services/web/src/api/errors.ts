/** A field's message from the API's `{ errors: [{ field, message }] }` (400, 422). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * An answer other than 2xx, or no answer at all (status 0). `message` is the API's own, in the
 * language asked for; empty when it gave none, and the screen words the status itself.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | undefined,
    readonly fieldErrors: FieldError[],
    readonly body: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const isFieldError = (value: unknown): value is FieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldError).field === 'string' &&
  typeof (value as FieldError).message === 'string';

export async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const fieldErrors = Array.isArray(record.errors) ? record.errors.filter(isFieldError) : [];
  const message =
    typeof record.message === 'string'
      ? record.message
      : fieldErrors.map((error) => error.message).join('；');
  const code = typeof record.code === 'string' ? record.code : undefined;
  return new ApiError(response.status, message, code, fieldErrors, body);
}

export const networkError = (): ApiError => new ApiError(0, '', 'network', [], null);
