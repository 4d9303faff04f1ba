import type { LoginRequest } from '@opinion/contracts';
import { accessClaimsOf, maySignIn } from '../../domain/auth/tokens';
import { InvalidCredentialsError } from '../application-errors';
import type { AccessTokens } from '../ports/access-tokens';
import type { Credentials } from '../ports/credentials';
import type { IdentityDirectory } from '../ports/identity-directory';
import type { Sessions } from '../ports/sessions';
import type { UsernameReservations } from '../ports/username-reservations';

export interface TokenPair {
  tokenType: 'Bearer';
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

/** Unknown user, wrong password and disabled user all get the same 401 after the same work. */
export class LoginHandler {
  constructor(
    private readonly reservations: UsernameReservations,
    private readonly directory: IdentityDirectory,
    private readonly credentials: Credentials,
    private readonly sessions: Sessions,
    private readonly tokens: AccessTokens,
  ) {}

  async execute({ username, password }: LoginRequest): Promise<TokenPair> {
    const userId = await this.reservations.holderOf(username);
    const user = userId ? await this.directory.user(userId) : null;
    const valid = await this.credentials.verify(user?.userId ?? null, password);
    if (!valid || !maySignIn(user)) throw new InvalidCredentialsError();
    const session = await this.sessions.open(user.userId);
    const access = await this.tokens.issue(accessClaimsOf(user, session.sessionId));
    return { tokenType: 'Bearer', ...access, refreshToken: session.refreshToken };
  }
}
