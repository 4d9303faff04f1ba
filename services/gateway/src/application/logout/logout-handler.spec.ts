import { principalOf, USERS } from '../../testing/gateway-fixtures';
import { InMemorySessions } from '../../testing/in-memory-identity';
import { LogoutHandler } from './logout-handler';

describe('LogoutHandler', () => {
  it('ends the caller’s session only; their other sessions stay', async () => {
    const sessions = new InMemorySessions();
    const here = await sessions.open(USERS.member.userId!);
    const elsewhere = await sessions.open(USERS.member.userId!);
    await new LogoutHandler(sessions).execute(principalOf(USERS.member, here.sessionId));
    expect(await sessions.isActive(here.sessionId)).toBe(false);
    expect(await sessions.isActive(elsewhere.sessionId)).toBe(true);
  });

  it('is harmless for a session already ended', async () => {
    const sessions = new InMemorySessions();
    const handler = new LogoutHandler(sessions);
    await expect(handler.execute(principalOf(USERS.member, 'gone'))).resolves.toBeUndefined();
  });
});
