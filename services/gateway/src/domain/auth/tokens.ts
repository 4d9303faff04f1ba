import type { PersonRole } from '@opinion/contracts';
import type { UserState } from '../user/user';

/** What an access token says: who, in which role, for which committee, in which session. */
export interface AccessClaims {
  sub: string;
  role: PersonRole;
  org: string;
  /** The session; a request is refused the moment it is revoked, whatever the token's expiry. */
  sid: string;
}

export type ActiveUser = UserState & { userId: string; role: PersonRole; organisationId: string };

/** Only a registered, enabled user with a role and a committee may hold a session. */
export const maySignIn = (user: UserState | null): user is ActiveUser =>
  Boolean(user?.userId && user.role && user.organisationId && !user.disabled);

export const accessClaimsOf = (user: ActiveUser, sessionId: string): AccessClaims => ({
  sub: user.userId,
  role: user.role,
  org: user.organisationId,
  sid: sessionId,
});

/** Refresh tokens are `<session id>.<secret>`: the id finds the session, the secret proves it. */
export const formatRefreshToken = (sessionId: string, secret: string): string =>
  `${sessionId}.${secret}`;

const REFRESH_TOKEN = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export function parseRefreshToken(token: string): { sessionId: string; secret: string } | null {
  const match = REFRESH_TOKEN.exec(token);
  return match ? { sessionId: match[1], secret: match[2] } : null;
}

/** Retry-After in whole seconds, never 0 (a client would retry at once). */
export const retryAfterSeconds = (remainingMs: number): number =>
  Math.max(1, Math.ceil(remainingMs / 1000));
