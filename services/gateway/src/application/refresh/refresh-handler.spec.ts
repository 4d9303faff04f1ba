import { USERS } from '../../testing/gateway-fixtures';
import {
  FakeAccessTokens,
  InMemoryIdentityDirectory,
  InMemorySessions,
} from '../../testing/in-memory-identity';
import { InvalidCredentialsError } from '../application-errors';
import { RefreshHandler } from './refresh-handler';

describe('RefreshHandler', () => {
  const setUp = async () => {
    const directory = new InMemoryIdentityDirectory({ users: [USERS.member] });
    const sessions = new InMemorySessions();
    const tokens = new FakeAccessTokens();
    const opened = await sessions.open(USERS.member.userId!);
    return {
      directory,
      sessions,
      tokens,
      opened,
      handler: new RefreshHandler(sessions, directory, tokens),
    };
  };

  it('rotates the refresh token and issues an access token with the user’s current role', async () => {
    const { handler, directory, tokens, opened } = await setUp();
    directory.putUser({ ...USERS.member, role: 'liaison' });
    const pair = await handler.execute(opened.refreshToken);
    expect(pair.refreshToken).not.toBe(opened.refreshToken);
    expect(await tokens.verify(pair.accessToken)).toEqual({
      sub: USERS.member.userId,
      role: 'liaison',
      org: 'demo-district',
      sid: opened.sessionId,
    });
    // The next refresh takes the new token.
    await expect(handler.execute(pair.refreshToken)).resolves.toMatchObject({
      tokenType: 'Bearer',
    });
  });

  it('refuses an unknown or malformed refresh token', async () => {
    const { handler } = await setUp();
    await expect(handler.execute('session-9.secret9')).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    await expect(handler.execute('garbage')).rejects.toBeInstanceOf(InvalidCredentialsError);
  });

  it('ends the whole session when a used refresh token is replayed (a stolen copy)', async () => {
    const { handler, sessions, opened } = await setUp();
    const next = await handler.execute(opened.refreshToken);
    await expect(handler.execute(opened.refreshToken)).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    expect(await sessions.isActive(opened.sessionId)).toBe(false);
    await expect(handler.execute(next.refreshToken)).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
  });

  it('refuses and ends the session of a user disabled since they signed in', async () => {
    const { handler, directory, sessions, tokens, opened } = await setUp();
    directory.putUser({ ...USERS.member, disabled: true });
    await expect(handler.execute(opened.refreshToken)).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    expect(await sessions.isActive(opened.sessionId)).toBe(false);
    expect(tokens.issued.size).toBe(0);
  });

  it('refuses and ends the session of a user no longer in the directory', async () => {
    const { handler, directory, sessions, opened } = await setUp();
    directory.users.clear();
    await expect(handler.execute(opened.refreshToken)).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    );
    expect(await sessions.isActive(opened.sessionId)).toBe(false);
  });
});
