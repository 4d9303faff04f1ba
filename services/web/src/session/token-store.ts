/**
 * The access token, in memory only (never localStorage or sessionStorage): a reload gets a new
 * one from POST /auth/refresh with the httpOnly refresh cookie.
 */
let accessToken: string | null = null;

export const getAccessToken = (): string | null => accessToken;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}
