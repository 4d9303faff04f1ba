import { IDENTITY_EVENTS } from '@opinion/contracts';
import {
  CITY,
  DISTRICT,
  NATIONAL,
  principalOf,
  PROVINCE,
  USERS,
} from '../../testing/gateway-fixtures';
import { IdentityTestBed, SYSTEM } from '../../testing/identity-test-bed';
import { organisationStreamId } from '../identity-streams';
import { actorOf } from '../principal';
import { CreateOrganisationHandler } from './create-organisation-handler';

const forbidden = expect.objectContaining({ code: 'forbidden' });
const cityAdmin = actorOf(principalOf(USERS.cityAdmin));

describe('CreateOrganisationHandler', () => {
  const setUp = async () => {
    const bed = await IdentityTestBed.withTree([NATIONAL, PROVINCE, CITY]);
    return { bed, handler: new CreateOrganisationHandler(bed.streams) };
  };

  it('creates a committee under one the administrator manages, with its ancestors', async () => {
    const { bed, handler } = await setUp();
    const created = await handler.execute({
      actor: cityAdmin,
      name: '某区政协',
      level: 'county',
      parentId: CITY.organisationId,
    });
    expect(created).toEqual({ organisationId: expect.any(String), version: 1 });
    expect(await bed.typesIn(organisationStreamId(created.organisationId))).toEqual([
      IDENTITY_EVENTS.organisationCreated,
    ]);
    // In the read model at once.
    expect(await bed.directory.organisation(created.organisationId)).toEqual({
      organisationId: created.organisationId,
      name: '某区政协',
      level: 'county',
      parentId: CITY.organisationId,
      ancestorIds: [...CITY.ancestorIds, CITY.organisationId],
    });
  });

  it('lets only the system create the root committee', async () => {
    const { handler } = await setUp();
    const root = { name: '另一全国政协', level: 'national' as const, parentId: null };
    await expect(handler.execute({ actor: cityAdmin, ...root })).rejects.toEqual(forbidden);
    await expect(
      handler.execute({ actor: SYSTEM, organisationId: 'root-2', ...root }),
    ).resolves.toEqual({ organisationId: 'root-2', version: 1 });
  });

  it('refuses a committee under one outside the administrator’s reach (403)', async () => {
    const { handler } = await setUp();
    await expect(
      handler.execute({
        actor: cityAdmin,
        name: '另一市政协',
        level: 'municipal',
        parentId: PROVINCE.organisationId,
      }),
    ).rejects.toEqual(forbidden);
  });

  it('refuses a committee of the wrong level for its parent (422) and an unknown parent', async () => {
    const { handler } = await setUp();
    await expect(
      handler.execute({
        actor: SYSTEM,
        name: '某区政协',
        level: 'county',
        parentId: 'cppcc-national',
      }),
    ).rejects.toEqual(expect.objectContaining({ code: 'invalid' }));
    await expect(
      handler.execute({ actor: SYSTEM, name: '某区政协', level: 'county', parentId: 'gone' }),
    ).rejects.toEqual(expect.objectContaining({ code: 'not-found' }));
  });

  it('refuses to create a committee twice (409)', async () => {
    const { handler } = await setUp();
    const command = {
      actor: SYSTEM,
      organisationId: DISTRICT.organisationId!,
      name: '某区政协',
      level: 'county' as const,
      parentId: CITY.organisationId,
    };
    await handler.execute(command);
    await expect(handler.execute(command)).rejects.toEqual(
      expect.objectContaining({ code: 'already-exists' }),
    );
  });
});
