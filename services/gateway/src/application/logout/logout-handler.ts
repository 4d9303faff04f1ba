import type { Sessions } from '../ports/sessions';
import type { Principal } from '../principal';

/** Ends the caller's session: its refresh token and every access token of it stop working now. */
export class LogoutHandler {
  constructor(private readonly sessions: Sessions) {}

  execute(principal: Principal): Promise<void> {
    return this.sessions.revoke(principal.sessionId);
  }
}
