import type { Sessions } from '../ports/sessions';
import type { Principal } from '../principal';

/** What a sign-out names: the caller's access token's session, and/or a browser's refresh token. */
export interface SignOut {
  principal?: Principal | null;
  /** The refresh token of the browser's cookie (ADR 0011). */
  refreshToken?: string;
}

/**
 * Ends the caller's session: its refresh token and every access token of it stop working now.
 * A refresh token ends its session when it is the current one (exchanged, then revoked: the same
 * compare-and-swap as a refresh) and also when it is the one before (a replayed copy, which ends
 * the session as a refresh would). Answers whether the caller proved a session of theirs.
 */
export class LogoutHandler {
  constructor(private readonly sessions: Sessions) {}

  async execute({ principal, refreshToken }: SignOut): Promise<boolean> {
    if (principal) await this.sessions.revoke(principal.sessionId);
    const rotated = refreshToken ? await this.sessions.rotate(refreshToken) : null;
    if (rotated) await this.sessions.revoke(rotated.sessionId);
    return Boolean(principal) || rotated !== null;
  }
}
