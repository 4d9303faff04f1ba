import { IdentityRuleError } from '../../domain/identity-errors';
import { DISTRICT, ORGANISATIONS, principalOf, USERS } from '../../testing/gateway-fixtures';
import { InMemoryIdentityDirectory } from '../../testing/in-memory-identity';
import { GetMeHandler } from './get-me-handler';

describe('GetMeHandler', () => {
  const directory = new InMemoryIdentityDirectory({
    organisations: ORGANISATIONS,
    users: [USERS.liaison],
  });
  const handler = new GetMeHandler(directory);

  it('answers the caller with their profile and committee', async () => {
    await expect(handler.execute(principalOf(USERS.liaison))).resolves.toEqual({
      ...USERS.liaison,
      organisation: DISTRICT,
    });
  });

  it('is not found for a caller the directory does not know', async () => {
    await expect(handler.execute(principalOf(USERS.member))).rejects.toThrow(
      new IdentityRuleError('not-found', 'user not found'),
    );
  });
});
