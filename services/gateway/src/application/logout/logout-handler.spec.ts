import { principalOf, USERS } from '../../testing/gateway-fixtures';
import { InMemorySessions } from '../../testing/in-memory-identity';
import { LogoutHandler } from './logout-handler';

describe('LogoutHandler', () => {
  it('ends the caller’s session only; their other sessions stay', async () => {
    const sessions = new InMemorySessions();
    const here = await sessions.open(USERS.member.userId!);
    const elsewhere = await sessions.open(USERS.member.userId!);
    const principal = principalOf(USERS.member, here.sessionId);
    expect(await new LogoutHandler(sessions).execute({ principal })).toBe(true);
    expect(await sessions.isActive(here.sessionId)).toBe(false);
    expect(await sessions.isActive(elsewhere.sessionId)).toBe(true);
  });

  it('is harmless for a session already ended', async () => {
    const sessions = new InMemorySessions();
    const handler = new LogoutHandler(sessions);
    await expect(handler.execute({ principal: principalOf(USERS.member, 'gone') })).resolves.toBe(
      true,
    );
  });

  it('ends the session of a browser’s current refresh token, without an access token', async () => {
    const sessions = new InMemorySessions();
    const opened = await sessions.open(USERS.member.userId!);
    const handler = new LogoutHandler(sessions);
    expect(await handler.execute({ refreshToken: opened.refreshToken })).toBe(true);
    expect(await sessions.isActive(opened.sessionId)).toBe(false);
  });

  it('ends the session of a replayed refresh token too, but says no session was proven', async () => {
    const sessions = new InMemorySessions();
    const opened = await sessions.open(USERS.member.userId!);
    await sessions.rotate(opened.refreshToken);
    const handler = new LogoutHandler(sessions);
    expect(await handler.execute({ refreshToken: opened.refreshToken })).toBe(false);
    expect(await sessions.isActive(opened.sessionId)).toBe(false);
    expect(await handler.execute({ refreshToken: 'unknown.token' })).toBe(false);
    expect(await handler.execute({})).toBe(false);
  });
});
