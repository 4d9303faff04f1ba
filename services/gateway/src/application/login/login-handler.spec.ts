import { InvalidCredentialsError } from '../application-errors';
import { USERS, userState } from '../../testing/gateway-fixtures';
import { IdentityTestBed } from '../../testing/identity-test-bed';
import { LoginHandler } from './login-handler';

describe('LoginHandler', () => {
  const setUp = async () => {
    const bed = await IdentityTestBed.withTree();
    await bed.addUser(USERS.member, 'right-password');
    await bed.addUser(USERS.disabled, 'right-password');
    const handler = new LoginHandler(
      bed.reservations,
      bed.directory,
      bed.credentials,
      bed.sessions,
      bed.tokens,
    );
    return { bed, handler };
  };

  it('signs a user in: a session, an access token with their role and committee, a refresh token', async () => {
    const { bed, handler } = await setUp();
    const pair = await handler.execute({ username: 'member', password: 'right-password' });
    expect(pair).toEqual({
      tokenType: 'Bearer',
      accessToken: expect.any(String),
      expiresIn: 900,
      refreshToken: expect.any(String),
    });
    const [sessionId] = bed.sessions.of(USERS.member.userId!);
    expect(await bed.tokens.verify(pair.accessToken)).toEqual({
      sub: USERS.member.userId,
      role: 'member',
      org: 'demo-district',
      sid: sessionId,
    });
    expect(pair.refreshToken.startsWith(`${sessionId}.`)).toBe(true);
  });

  it('refuses a wrong password with 401 and opens no session', async () => {
    const { bed, handler } = await setUp();
    await expect(
      handler.execute({ username: 'member', password: 'wrong-password' }),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
    expect(bed.sessions.of(USERS.member.userId!)).toEqual([]);
  });

  it('refuses an unknown user the same way, after checking a password all the same', async () => {
    const { bed, handler } = await setUp();
    await expect(
      handler.execute({ username: 'nobody', password: 'right-password' }),
    ).rejects.toThrow(new InvalidCredentialsError());
    // The same work as for a known user: the credentials were checked (against no one).
    expect(bed.credentials.verified).toEqual([null]);
  });

  it('refuses a disabled user even with the right password', async () => {
    const { bed, handler } = await setUp();
    await expect(
      handler.execute({ username: 'disabled', password: 'right-password' }),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
    expect(bed.credentials.verified).toEqual([USERS.disabled.userId]);
    expect(bed.sessions.sessions.size).toBe(0);
  });

  it('refuses a name whose registration has not finished (reserved, no user yet)', async () => {
    const { bed, handler } = await setUp();
    const pending = userState('pending', 'member');
    await bed.reservations.claim('pending', pending.userId!);
    await bed.credentials.set(pending.userId!, 'right-password');
    await expect(
      handler.execute({ username: 'pending', password: 'right-password' }),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
  });
});
