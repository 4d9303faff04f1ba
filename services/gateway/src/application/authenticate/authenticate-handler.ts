import { UnauthenticatedError } from '../application-errors';
import type { AccessTokens } from '../ports/access-tokens';
import type { Sessions } from '../ports/sessions';
import type { Principal } from '../principal';

/** A bearer token is accepted while it is valid and its session has not been revoked. */
export class AuthenticateHandler {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly sessions: Sessions,
  ) {}

  async execute(bearer: string | undefined): Promise<Principal> {
    if (!bearer) throw new UnauthenticatedError('no access token');
    const claims = await this.tokens.verify(bearer);
    if (!claims) throw new UnauthenticatedError('invalid or expired access token');
    if (!(await this.sessions.isActive(claims.sid))) {
      throw new UnauthenticatedError('session ended');
    }
    return {
      userId: claims.sub,
      role: claims.role,
      organisationId: claims.org,
      sessionId: claims.sid,
    };
  }
}
