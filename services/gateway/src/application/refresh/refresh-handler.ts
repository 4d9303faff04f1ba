import { accessClaimsOf, maySignIn } from '../../domain/auth/tokens';
import { InvalidCredentialsError } from '../application-errors';
import type { TokenPair } from '../login/login-handler';
import type { AccessTokens } from '../ports/access-tokens';
import type { IdentityDirectory } from '../ports/identity-directory';
import type { Sessions } from '../ports/sessions';

/** Rotates the refresh token and issues an access token with the user's current role. */
export class RefreshHandler {
  constructor(
    private readonly sessions: Sessions,
    private readonly directory: IdentityDirectory,
    private readonly tokens: AccessTokens,
  ) {}

  async execute(refreshToken: string): Promise<TokenPair> {
    const session = await this.sessions.rotate(refreshToken);
    if (!session) throw new InvalidCredentialsError();
    const user = await this.directory.user(session.userId);
    if (!maySignIn(user)) {
      await this.sessions.revoke(session.sessionId);
      throw new InvalidCredentialsError();
    }
    const access = await this.tokens.issue(accessClaimsOf(user, session.sessionId));
    return { tokenType: 'Bearer', ...access, refreshToken: session.refreshToken };
  }
}
