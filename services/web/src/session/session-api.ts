import { errorOf, networkError } from '../api/errors';
import type { TokenAnswer } from '../api/types';
import { currentLocale } from '../i18n/locale-store';
import { setAccessToken } from './token-store';

/**
 * Sign-in, refresh and sign-out with the refresh token in an httpOnly cookie (path /auth) that
 * this code never sees: the gateway sets it when asked with this header.
 */
const TRANSPORT = { 'X-Session-Transport': 'cookie' };
/** Renew this long before the access token expires. */
const RENEW_EARLY_SECONDS = 60;

let renewalTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;

function keep(answer: TokenAnswer): void {
  setAccessToken(answer.accessToken);
  clearTimeout(renewalTimer);
  const seconds = Math.max(answer.expiresIn - RENEW_EARLY_SECONDS, 30);
  renewalTimer = setTimeout(() => void refreshSession(), seconds * 1000);
}

function forget(): void {
  setAccessToken(null);
  clearTimeout(renewalTimer);
}

async function post(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      ...init,
      headers: { ...TRANSPORT, 'Accept-Language': currentLocale(), ...init.headers },
    });
  } catch {
    throw networkError();
  }
}

/** POST /auth/login; throws the API's error (401 with its message, 400, 429). */
export async function signIn(username: string, password: string): Promise<void> {
  const response = await post('/auth/login', {
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw await errorOf(response);
  keep((await response.json()) as TokenAnswer);
}

/**
 * POST /auth/refresh with the cookie: true when a new access token is held. One refresh at a
 * time: concurrent callers (several 401s at once) share it.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await post('/auth/refresh', {});
      if (!response.ok) {
        forget();
        return false;
      }
      keep((await response.json()) as TokenAnswer);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** POST /auth/logout (the session ends for every token of it); the local token goes regardless. */
export async function signOut(accessToken: string | null): Promise<void> {
  try {
    if (accessToken)
      await post('/auth/logout', { headers: { Authorization: `Bearer ${accessToken}` } });
  } catch {
    // Offline: the token is dropped here all the same and expires on its own.
  } finally {
    forget();
  }
}
