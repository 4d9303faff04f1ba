import { IDENTITY_EVENTS } from '@opinion/contracts';
import { WrongExpectedVersionError } from '@opinion/event-store';
import { principalOf, USERS } from '../../testing/gateway-fixtures';
import { IdentityTestBed, SYSTEM } from '../../testing/identity-test-bed';
import { userStreamId } from '../identity-streams';
import { LoginHandler } from '../login/login-handler';
import { actorOf, metadataOf } from '../principal';
import { UpdateUserHandler } from './update-user-handler';

const admin = actorOf(principalOf(USERS.admin));
const cityAdmin = actorOf(principalOf(USERS.cityAdmin));
const memberId = USERS.member.userId!;
const stream = userStreamId(memberId);

describe('UpdateUserHandler', () => {
  const setUp = async () => {
    const bed = await IdentityTestBed.withTree();
    await bed.addUser(USERS.member, 'old-password-2026');
    const handler = new UpdateUserHandler(bed.streams, bed.credentials, bed.sessions);
    const login = new LoginHandler(
      bed.reservations,
      bed.directory,
      bed.credentials,
      bed.sessions,
      bed.tokens,
    );
    const session = await bed.sessions.open(memberId);
    return { bed, handler, login, session };
  };

  it('changes the profile without ending the user’s sessions', async () => {
    const { bed, handler, session } = await setUp();
    await expect(
      handler.execute({ userId: memberId, actor: admin, displayName: '张三', sector: '经济界' }),
    ).resolves.toEqual({ userId: memberId, version: 2 });
    expect(await bed.directory.user(memberId)).toMatchObject({
      displayName: '张三',
      profile: { sector: '经济界' },
    });
    expect(await bed.sessions.isActive(session.sessionId)).toBe(true);
  });

  it('ends every session of the user when their role changes', async () => {
    const { bed, handler, session } = await setUp();
    await handler.execute({ userId: memberId, actor: admin, role: 'liaison' });
    expect(await bed.typesIn(stream)).toContain(IDENTITY_EVENTS.userRoleChanged);
    expect((await bed.directory.user(memberId))?.role).toBe('liaison');
    expect(await bed.sessions.isActive(session.sessionId)).toBe(false);
  });

  it('sets a new password: the old one stops working, sessions end, the log says only that it changed', async () => {
    const { bed, handler, login, session } = await setUp();
    await handler.execute({ userId: memberId, actor: admin, password: 'new-password-2026' });
    const events = await bed.store.readStream(stream);
    expect(events.at(-1)).toMatchObject({
      type: IDENTITY_EVENTS.userPasswordChanged,
      data: { userId: memberId },
    });
    expect(JSON.stringify(events)).not.toContain('new-password-2026');
    expect(await bed.sessions.isActive(session.sessionId)).toBe(false);
    await expect(
      login.execute({ username: 'member', password: 'old-password-2026' }),
    ).rejects.toThrow('invalid credentials');
    await expect(
      login.execute({ username: 'member', password: 'new-password-2026' }),
    ).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  it('disables a user: sessions end and they can no longer sign in; enabling lets them back', async () => {
    const { bed, handler, login, session } = await setUp();
    await handler.execute({ userId: memberId, actor: admin, disabled: true });
    expect(await bed.sessions.isActive(session.sessionId)).toBe(false);
    const credentials = { username: 'member', password: 'old-password-2026' };
    await expect(login.execute(credentials)).rejects.toThrow('invalid credentials');
    await handler.execute({ userId: memberId, actor: admin, disabled: false });
    await expect(login.execute(credentials)).resolves.toMatchObject({ tokenType: 'Bearer' });
  });

  it('moves a user to another committee within reach, and refuses one outside it (403)', async () => {
    const { bed, handler } = await setUp();
    await expect(
      handler.execute({ userId: memberId, actor: admin, organisationId: 'demo-city' }),
    ).rejects.toEqual(expect.objectContaining({ code: 'forbidden' }));
    await handler.execute({ userId: memberId, actor: cityAdmin, organisationId: 'demo-city' });
    expect((await bed.directory.user(memberId))?.organisationId).toBe('demo-city');
    // Now above the district administrator's reach.
    await expect(
      handler.execute({ userId: memberId, actor: admin, displayName: '张三' }),
    ).rejects.toEqual(expect.objectContaining({ code: 'forbidden' }));
  });

  it('refuses a move to an unknown committee (422), an unknown user (404), a non-administrator (403)', async () => {
    const { handler } = await setUp();
    await expect(
      handler.execute({ userId: memberId, actor: admin, organisationId: 'gone' }),
    ).rejects.toEqual(expect.objectContaining({ code: 'invalid' }));
    await expect(
      handler.execute({ userId: 'nobody', actor: admin, displayName: 'x' }),
    ).rejects.toEqual(expect.objectContaining({ code: 'not-found' }));
    await expect(
      handler.execute({
        userId: memberId,
        actor: actorOf(principalOf(USERS.editor)),
        role: 'admin',
      }),
    ).rejects.toEqual(expect.objectContaining({ code: 'forbidden' }));
  });

  it('records nothing for a change that changes nothing', async () => {
    const { bed, handler, session } = await setUp();
    await expect(
      handler.execute({ userId: memberId, actor: admin, role: 'member' }),
    ).resolves.toEqual({ userId: memberId, version: 1 });
    expect(await bed.sessions.isActive(session.sessionId)).toBe(true);
  });

  it('refuses with a version conflict (409) when another change came in between', async () => {
    const { bed, handler, session } = await setUp();
    const load = bed.streams.loadUser.bind(bed.streams);
    jest.spyOn(bed.streams, 'loadUser').mockImplementationOnce(async (id) => {
      const loaded = await load(id);
      await bed.streams.append(
        stream,
        loaded.version,
        [
          {
            type: IDENTITY_EVENTS.userRoleChanged,
            version: 1,
            data: { userId: memberId, role: 'liaison' },
          },
        ],
        metadataOf(SYSTEM),
      );
      return loaded;
    });
    await expect(
      handler.execute({ userId: memberId, actor: admin, role: 'editor' }),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect((await bed.directory.user(memberId))?.role).toBe('liaison');
    // The refused change ended no session (that would have been the winner's to do).
    expect(await bed.sessions.isActive(session.sessionId)).toBe(true);
  });
});
