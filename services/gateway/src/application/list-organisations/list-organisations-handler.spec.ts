import { CITY, DISTRICT, ORGANISATIONS, principalOf, USERS } from '../../testing/gateway-fixtures';
import { InMemoryIdentityDirectory } from '../../testing/in-memory-identity';
import { actorOf } from '../principal';
import { ListOrganisationsHandler } from './list-organisations-handler';

describe('ListOrganisationsHandler', () => {
  const handler = new ListOrganisationsHandler(
    new InMemoryIdentityDirectory({ organisations: ORGANISATIONS }),
  );

  it('lists the administrator’s own committee and every one below it, root first', async () => {
    await expect(handler.execute(actorOf(principalOf(USERS.cityAdmin)))).resolves.toEqual([
      CITY,
      DISTRICT,
    ]);
    await expect(handler.execute(actorOf(principalOf(USERS.admin)))).resolves.toEqual([DISTRICT]);
  });

  it('lists nothing above or beside the caller’s committee', async () => {
    const actor = { ...actorOf(principalOf(USERS.admin)), orgId: 'elsewhere' };
    await expect(handler.execute(actor)).resolves.toEqual([]);
  });
});
