import { IDENTITY_EVENTS, type CreateUserRequest } from '@opinion/contracts';
import { principalOf, USERS } from '../../testing/gateway-fixtures';
import { IdentityTestBed } from '../../testing/identity-test-bed';
import { userStreamId } from '../identity-streams';
import { actorOf } from '../principal';
import { CreateUserHandler, RESERVATION_GRACE_MS } from './create-user-handler';

const admin = actorOf(principalOf(USERS.admin));
const request: CreateUserRequest = {
  username: 'newmember',
  password: 'a-long-password-2026',
  displayName: '新委员',
  organisationId: 'demo-district',
  role: 'member',
  sector: '教育界',
};

describe('CreateUserHandler', () => {
  const setUp = async () => {
    const bed = await IdentityTestBed.withTree();
    return {
      bed,
      handler: new CreateUserHandler(bed.streams, bed.reservations, bed.credentials, () => bed.now),
    };
  };

  it('reserves the name, stores the password, registers the user; they are in the directory at once', async () => {
    const { bed, handler } = await setUp();
    const { userId, version } = await handler.execute({ ...request, actor: admin });
    expect(version).toBe(1);
    expect(await bed.reservations.holderOf('newmember')).toBe(userId);
    expect(bed.credentials.passwords.get(userId)).toBe(request.password);
    expect(await bed.typesIn(userStreamId(userId))).toEqual([IDENTITY_EVENTS.userRegistered]);
    const stored = (await bed.store.readStream(userStreamId(userId)))[0];
    expect(stored.data).not.toHaveProperty('password');
    expect(await bed.directory.user(userId)).toMatchObject({
      userId,
      username: 'newmember',
      role: 'member',
      organisationId: 'demo-district',
      profile: { sector: '教育界' },
      disabled: false,
    });
  });

  it('refuses a username that is taken (409)', async () => {
    const { handler } = await setUp();
    await handler.execute({ ...request, actor: admin });
    await expect(handler.execute({ ...request, actor: admin })).rejects.toEqual(
      expect.objectContaining({ code: 'already-exists' }),
    );
  });

  it('takes over a name reserved by a registration that died, once the grace period is over', async () => {
    const { bed, handler } = await setUp();
    await bed.reservations.claim('newmember', 'crashed-registration');
    await expect(handler.execute({ ...request, actor: admin })).rejects.toEqual(
      expect.objectContaining({ code: 'already-exists' }),
    );
    bed.now = new Date(bed.now.getTime() + RESERVATION_GRACE_MS + 1);
    const { userId } = await handler.execute({ ...request, actor: admin });
    expect(await bed.reservations.holderOf('newmember')).toBe(userId);
  });

  it('refuses a committee outside the administrator’s reach, or a caller who is no administrator (403)', async () => {
    const { bed, handler } = await setUp();
    await expect(
      handler.execute({ ...request, organisationId: 'demo-city', actor: admin }),
    ).rejects.toEqual(expect.objectContaining({ code: 'forbidden' }));
    await expect(
      handler.execute({ ...request, actor: actorOf(principalOf(USERS.editor)) }),
    ).rejects.toEqual(expect.objectContaining({ code: 'forbidden' }));
    expect(bed.reservations.reservations.size).toBe(0);
  });

  it('refuses an unknown committee (422), reserving nothing', async () => {
    const { bed, handler } = await setUp();
    await expect(
      handler.execute({ ...request, organisationId: 'gone', actor: admin }),
    ).rejects.toEqual(expect.objectContaining({ code: 'invalid' }));
    expect(bed.reservations.reservations.size).toBe(0);
  });
});
