import { IDENTITY_EVENTS, type EventEnvelope, type NewEvent } from '@opinion/contracts';
import { decideRegister, decideUpdate, emptyUser, endsSessions, evolveUser } from './user';

const fold = (events: NewEvent[], state = emptyUser()) =>
  events.reduce((current, event) => evolveUser(current, event as EventEnvelope), state);

const registered = fold(
  decideRegister(emptyUser(), {
    userId: 'u-1',
    username: 'zhang',
    displayName: '张三',
    organisationId: 'county-1',
    role: 'member',
    sector: '经济界',
  }),
);

describe('user', () => {
  it('registers once', () => {
    expect(registered).toMatchObject({
      userId: 'u-1',
      role: 'member',
      profile: { sector: '经济界', party: null },
      disabled: false,
    });
    expect(() => decideRegister(registered, { ...registered } as never)).toThrow(/exists/);
  });

  it('records one event per kind of change and nothing for no change', () => {
    const events = decideUpdate(registered, {
      party: '民盟',
      sector: null,
      role: 'liaison',
      disabled: true,
    });
    expect(events.map((event) => event.type)).toEqual([
      IDENTITY_EVENTS.userProfileChanged,
      IDENTITY_EVENTS.userRoleChanged,
      IDENTITY_EVENTS.userDisabled,
    ]);
    expect(fold(events, registered)).toMatchObject({
      role: 'liaison',
      disabled: true,
      profile: { sector: null, party: '民盟' },
    });
    expect(decideUpdate(registered, { role: 'member', sector: '经济界' })).toEqual([]);
  });

  it('ends sessions on changes of role, committee, password or access', () => {
    expect(endsSessions(decideUpdate(registered, { displayName: '张三丰' }))).toBe(false);
    expect(endsSessions(decideUpdate(registered, { organisationId: 'county-2' }))).toBe(true);
    expect(endsSessions(decideUpdate(registered, { passwordChanged: true }))).toBe(true);
  });

  it('refuses to update a user who does not exist', () => {
    expect(() => decideUpdate(emptyUser(), { role: 'admin' })).toThrow(/not found/);
  });
});
