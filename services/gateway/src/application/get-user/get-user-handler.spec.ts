import { IdentityRuleError } from '../../domain/identity-errors';
import { CITY, ORGANISATIONS, principalOf, USERS, userState } from '../../testing/gateway-fixtures';
import { InMemoryIdentityDirectory } from '../../testing/in-memory-identity';
import { actorOf } from '../principal';
import { GetUserHandler } from './get-user-handler';

const actor = (user: (typeof USERS)[keyof typeof USERS]) => actorOf(principalOf(user));
const forbidden = expect.objectContaining({ code: 'forbidden' });
const notFound = expect.objectContaining({ code: 'not-found' });

describe('GetUserHandler', () => {
  const directory = new InMemoryIdentityDirectory({
    organisations: ORGANISATIONS,
    users: Object.values(USERS),
  });
  const handler = new GetUserHandler(directory);

  it('shows a user to an administrator of their committee or of one above it', async () => {
    await expect(handler.execute(USERS.member.userId!, actor(USERS.admin))).resolves.toEqual(
      USERS.member,
    );
    await expect(handler.execute(USERS.member.userId!, actor(USERS.cityAdmin))).resolves.toEqual(
      USERS.member,
    );
  });

  it('refuses an administrator of a committee below, and anyone not an administrator', async () => {
    await expect(handler.execute(USERS.cityEditor.userId!, actor(USERS.admin))).rejects.toEqual(
      forbidden,
    );
    await expect(handler.execute(USERS.member.userId!, actor(USERS.editor))).rejects.toEqual(
      forbidden,
    );
  });

  it('is not found for an unknown user or one whose committee is unknown', async () => {
    await expect(handler.execute('nobody', actor(USERS.admin))).rejects.toThrow(
      new IdentityRuleError('not-found', 'user not found'),
    );
    directory.putUser(userState('orphan', 'member', { organisationId: 'gone' }));
    await expect(handler.execute('orphan-id', actor(USERS.admin))).rejects.toEqual(notFound);
  });

  it('lists a committee’s users to an administrator within reach, at most `limit`', async () => {
    const district = await handler.listOf('demo-district', actor(USERS.cityAdmin), 100);
    expect(district.map((user) => user.username).sort()).toEqual(
      ['admin', 'disabled', 'editor', 'liaison', 'member', 'member2'].sort(),
    );
    expect(await handler.listOf('demo-district', actor(USERS.admin), 2)).toHaveLength(2);
    await expect(handler.listOf(CITY.organisationId!, actor(USERS.admin), 100)).rejects.toEqual(
      forbidden,
    );
    await expect(handler.listOf('gone', actor(USERS.admin), 100)).rejects.toThrow(
      new IdentityRuleError('not-found', 'organisation not found'),
    );
  });
});
