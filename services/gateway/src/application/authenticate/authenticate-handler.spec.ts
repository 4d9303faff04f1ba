import { accessClaimsOf, type ActiveUser } from '../../domain/auth/tokens';
import { USERS } from '../../testing/gateway-fixtures';
import { FakeAccessTokens, InMemorySessions } from '../../testing/in-memory-identity';
import { UnauthenticatedError } from '../application-errors';
import { AuthenticateHandler } from './authenticate-handler';

describe('AuthenticateHandler', () => {
  const setUp = async () => {
    const tokens = new FakeAccessTokens();
    const sessions = new InMemorySessions();
    const session = await sessions.open(USERS.editor.userId!);
    const { accessToken } = await tokens.issue(
      accessClaimsOf(USERS.editor as ActiveUser, session.sessionId),
    );
    return {
      handler: new AuthenticateHandler(tokens, sessions),
      tokens,
      sessions,
      session,
      accessToken,
    };
  };

  it('accepts a valid token of a live session as the principal it names', async () => {
    const { handler, session, accessToken } = await setUp();
    await expect(handler.execute(accessToken)).resolves.toEqual({
      userId: USERS.editor.userId,
      role: 'editor',
      organisationId: 'demo-district',
      sessionId: session.sessionId,
    });
  });

  it('refuses a request without a token', async () => {
    const { handler } = await setUp();
    await expect(handler.execute(undefined)).rejects.toThrow(
      new UnauthenticatedError('no access token'),
    );
    await expect(handler.execute('')).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('refuses an expired or forged token', async () => {
    const { handler, tokens, accessToken } = await setUp();
    await expect(handler.execute('not-a-token')).rejects.toThrow('invalid or expired');
    tokens.expire(accessToken);
    await expect(handler.execute(accessToken)).rejects.toThrow('invalid or expired');
  });

  it('refuses a valid token once its session was revoked (logout, role change, disabling)', async () => {
    const { handler, sessions, session, accessToken } = await setUp();
    await sessions.revoke(session.sessionId);
    await expect(handler.execute(accessToken)).rejects.toThrow(
      new UnauthenticatedError('session ended'),
    );
  });
});
