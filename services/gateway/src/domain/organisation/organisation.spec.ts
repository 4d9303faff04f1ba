import { IDENTITY_EVENTS, type EventEnvelope, type NewEvent } from '@opinion/contracts';
import { IdentityRuleError } from '../identity-errors';
import { childLevelOf, isWithin } from './org-tree';
import {
  decideCreate,
  decideRename,
  emptyOrganisation,
  evolveOrganisation,
  type OrganisationState,
} from './organisation';

const fold = (events: NewEvent[], state = emptyOrganisation()): OrganisationState =>
  events.reduce((current, event) => evolveOrganisation(current, event as EventEnvelope), state);

describe('organisation tree', () => {
  const national = fold(
    decideCreate(
      emptyOrganisation(),
      { organisationId: 'n', name: '全国政协', level: 'national', parentId: null },
      null,
    ),
  );
  const province = fold(
    decideCreate(
      emptyOrganisation(),
      { organisationId: 'p', name: '某省政协', level: 'provincial', parentId: 'n' },
      national,
    ),
  );

  it('goes national → provincial → municipal → county', () => {
    expect(childLevelOf('national')).toBe('provincial');
    expect(childLevelOf('municipal')).toBe('county');
    expect(childLevelOf('county')).toBeNull();
  });

  it('records the path of every committee above', () => {
    const city = fold(
      decideCreate(
        emptyOrganisation(),
        { organisationId: 'c', name: '某市政协', level: 'municipal', parentId: 'p' },
        province,
      ),
    );
    expect(city).toMatchObject({ parentId: 'p', ancestorIds: ['n', 'p'] });
    expect(isWithin(city, 'n')).toBe(true);
    expect(isWithin(city, 'c')).toBe(true);
    expect(isWithin(province, 'c')).toBe(false);
  });

  it('refuses a skipped level, a missing parent, a second creation and a parentless province', () => {
    const attempt =
      (level: 'county' | 'provincial', parentId: string | null, parent = national) =>
      () =>
        decideCreate(
          emptyOrganisation(),
          { organisationId: 'x', name: 'x', level, parentId },
          parent,
        );
    expect(attempt('county', 'n')).toThrow(IdentityRuleError);
    expect(attempt('provincial', null)).toThrow(/national/);
    expect(attempt('provincial', 'gone', emptyOrganisation())).toThrow(/not found/);
    expect(() =>
      decideCreate(
        national,
        { organisationId: 'n', name: 'x', level: 'national', parentId: null },
        null,
      ),
    ).toThrow(/exists/);
  });

  it('renames, and a rename to the same name is no event', () => {
    expect(decideRename(province, '某省政协')).toEqual([]);
    expect(fold(decideRename(province, '某某省政协'), province).name).toBe('某某省政协');
    expect(decideRename(province, '某某省政协')[0].type).toBe(IDENTITY_EVENTS.organisationRenamed);
  });
});
