import { currentLocale } from '../i18n/locale-store';
import { waitForSignIn } from '../session/auth-gate';
import { refreshSession } from '../session/session-api';
import { getAccessToken } from '../session/token-store';
import { errorOf, networkError } from './errors';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is (an upload), with `contentType`. */
  raw?: Blob;
  contentType?: string;
  ifMatch?: string | null;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface ApiAnswer<T> {
  status: number;
  data: T;
  /** The ETag as sent (`"3"`), for the next If-Match. */
  etag: string | null;
  location: string | null;
}

function headersOf(options: RequestOptions): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
  };
  const token = getAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.json !== undefined) headers['Content-Type'] = 'application/json';
  if (options.raw) headers['Content-Type'] = options.contentType ?? 'application/octet-stream';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  return headers;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers: headersOf(options),
      body: options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
}

/**
 * One call to the API with the access token. A 401 refreshes the session once and retries; when
 * that fails too, the sign-in modal opens and the call waits for it, then retries (so what the
 * user was doing carries on). Anything but 2xx throws an ApiError.
 */
export async function apiRequest<T>(
  path: string,
  options: RequestOptions = {},
): Promise<ApiAnswer<T>> {
  let response = await send(path, options);
  if (response.status === 401) {
    if (!(await refreshSession())) await waitForSignIn();
    response = await send(path, options);
  }
  if (!response.ok) throw await errorOf(response);
  const text = await response.text();
  return {
    status: response.status,
    data: (text ? JSON.parse(text) : null) as T,
    etag: response.headers.get('ETag'),
    location: response.headers.get('Location'),
  };
}

export const apiGet = async <T>(path: string, signal?: AbortSignal): Promise<T> =>
  (await apiRequest<T>(path, { signal })).data;

/** `?a=1&b=2` of the defined, non-empty values. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>) {
  const entries = Object.entries(params)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]): [string, string] => [key, String(value)]);
  return entries.length > 0 ? `?${new URLSearchParams(entries).toString()}` : '';
}
