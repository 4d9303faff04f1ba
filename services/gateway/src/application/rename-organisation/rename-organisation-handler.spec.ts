import { IDENTITY_EVENTS } from '@opinion/contracts';
import { WrongExpectedVersionError } from '@opinion/event-store';
import { principalOf, USERS } from '../../testing/gateway-fixtures';
import { IdentityTestBed, SYSTEM } from '../../testing/identity-test-bed';
import { organisationStreamId } from '../identity-streams';
import { actorOf, metadataOf } from '../principal';
import { RenameOrganisationHandler } from './rename-organisation-handler';

const admin = actorOf(principalOf(USERS.admin));
const stream = organisationStreamId('demo-district');

describe('RenameOrganisationHandler', () => {
  const setUp = async () => {
    const bed = await IdentityTestBed.withTree();
    return { bed, handler: new RenameOrganisationHandler(bed.streams) };
  };

  it('renames a committee the administrator manages; the read model follows at once', async () => {
    const { bed, handler } = await setUp();
    await expect(
      handler.execute({ organisationId: 'demo-district', name: '某新区政协', actor: admin }),
    ).resolves.toEqual({ organisationId: 'demo-district', version: 2 });
    expect(await bed.typesIn(stream)).toEqual([
      IDENTITY_EVENTS.organisationCreated,
      IDENTITY_EVENTS.organisationRenamed,
    ]);
    expect((await bed.directory.organisation('demo-district'))?.name).toBe('某新区政协');
  });

  it('records nothing when the name is the same', async () => {
    const { bed, handler } = await setUp();
    await expect(
      handler.execute({ organisationId: 'demo-district', name: '某区政协', actor: admin }),
    ).resolves.toEqual({ organisationId: 'demo-district', version: 1 });
    expect(await bed.typesIn(stream)).toHaveLength(1);
  });

  it('refuses a committee above the administrator’s (403) and an unknown one (404)', async () => {
    const { handler } = await setUp();
    await expect(
      handler.execute({ organisationId: 'demo-city', name: '新名', actor: admin }),
    ).rejects.toEqual(expect.objectContaining({ code: 'forbidden' }));
    await expect(
      handler.execute({ organisationId: 'gone', name: '新名', actor: admin }),
    ).rejects.toEqual(expect.objectContaining({ code: 'not-found' }));
  });

  it('refuses with a version conflict (409) when another rename came in between', async () => {
    const { bed, handler } = await setUp();
    const load = bed.streams.loadOrganisation.bind(bed.streams);
    jest.spyOn(bed.streams, 'loadOrganisation').mockImplementationOnce(async (id) => {
      const loaded = await load(id);
      await bed.streams.append(
        stream,
        loaded.version,
        [
          {
            type: IDENTITY_EVENTS.organisationRenamed,
            version: 1,
            data: { organisationId: 'demo-district', name: '别人改的名' },
          },
        ],
        metadataOf(SYSTEM),
      );
      return loaded;
    });
    await expect(
      handler.execute({ organisationId: 'demo-district', name: '某新区政协', actor: admin }),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect((await bed.directory.organisation('demo-district'))?.name).toBe('别人改的名');
  });
});
