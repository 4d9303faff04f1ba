/** The header a browser client sends to keep its refresh token in the cookie (ADR 0011). */
export const SESSION_TRANSPORT_HEADER = 'x-session-transport';
/** The refresh token's cookie: httpOnly, SameSite=Strict, sent only to /auth. */
export const REFRESH_COOKIE = 'opinion_refresh';
const COOKIE_PATH = '/auth';

export interface CookieRequest {
  headers: Record<string, string | string[] | undefined>;
  /** Set by cookie-parser. */
  cookies?: Record<string, string | undefined>;
  /** https, or https at the proxy when `trust proxy` believes X-Forwarded-Proto. */
  secure: boolean;
}

interface CookieOptions {
  httpOnly: true;
  sameSite: 'strict';
  secure: boolean;
  path: string;
  maxAge?: number;
}

export interface CookieResponse {
  cookie(name: string, value: string, options: CookieOptions): void;
  clearCookie(name: string, options: CookieOptions): void;
}

/**
 * The refresh token of a browser session, in a cookie script cannot read. A request may use the
 * cookie only with `X-Session-Transport: cookie`: a custom header, which another site's form or
 * link cannot send and its script cannot send without a CORS preflight the gateway never allows,
 * so the cookie alone never refreshes or ends a session (CSRF).
 */
export class SessionCookie {
  constructor(private readonly maxAgeSeconds: number) {}

  /** Whether the client asked for the cookie transport. */
  static wanted(request: CookieRequest): boolean {
    const value = request.headers[SESSION_TRANSPORT_HEADER];
    return [value ?? ''].flat().some((entry) => entry.trim().toLowerCase() === 'cookie');
  }

  /** The cookie's refresh token, only when the request asked for the cookie transport. */
  static tokenOf(request: CookieRequest): string | undefined {
    if (!SessionCookie.wanted(request)) return undefined;
    const token = request.cookies?.[REFRESH_COOKIE];
    return typeof token === 'string' && token.length > 0 ? token : undefined;
  }

  set(request: CookieRequest, response: CookieResponse, refreshToken: string): void {
    response.cookie(REFRESH_COOKIE, refreshToken, {
      ...this.options(request),
      maxAge: this.maxAgeSeconds * 1000,
    });
  }

  clear(request: CookieRequest, response: CookieResponse): void {
    response.clearCookie(REFRESH_COOKIE, this.options(request));
  }

  private options(request: CookieRequest): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: request.secure, path: COOKIE_PATH };
  }
}
