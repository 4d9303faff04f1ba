import {
  IDENTITY_EVENTS,
  type EventEnvelope,
  type MemberProfile,
  type NewEvent,
  type PersonRole,
  type UserOrganisationChanged,
  type UserProfileChanged,
  type UserRegistered,
  type UserRoleChanged,
} from '@opinion/contracts';
import { IdentityRuleError } from '../identity-errors';

export type Profile = { [Key in keyof MemberProfile]-?: string | null };

export interface UserState {
  userId: string | null;
  username: string | null;
  displayName: string | null;
  organisationId: string | null;
  role: PersonRole | null;
  profile: Profile;
  disabled: boolean;
}

const emptyProfile = (): Profile => ({
  sector: null,
  party: null,
  specialCommittee: null,
  liaisonPoint: null,
});

const profileOf = (source: MemberProfile): Profile => ({
  sector: source.sector ?? null,
  party: source.party ?? null,
  specialCommittee: source.specialCommittee ?? null,
  liaisonPoint: source.liaisonPoint ?? null,
});

export const emptyUser = (): UserState => ({
  userId: null,
  username: null,
  displayName: null,
  organisationId: null,
  role: null,
  profile: emptyProfile(),
  disabled: false,
});

export type RegisterUser = UserRegistered;

export function decideRegister(state: UserState, command: RegisterUser): NewEvent[] {
  if (state.userId) throw new IdentityRuleError('already-exists', 'user exists');
  return [{ type: IDENTITY_EVENTS.userRegistered, version: 1, data: command }];
}

/** What an administrator may change; absent fields stay, a null profile field is cleared. */
export interface UpdateUser extends MemberProfile {
  displayName?: string;
  organisationId?: string;
  role?: PersonRole;
  disabled?: boolean;
  passwordChanged?: boolean;
}

const PROFILE_KEYS = ['sector', 'party', 'specialCommittee', 'liaisonPoint'] as const;

/** One event per kind of change, so the log says exactly what an administrator did. */
export function decideUpdate(state: UserState, command: UpdateUser): NewEvent[] {
  const userId = state.userId;
  if (!userId) throw new IdentityRuleError('not-found', 'user not found');
  const events: NewEvent[] = [];
  const event = (type: string, data: object) =>
    events.push({ type, version: 1, data: { userId, ...data } });

  const profile = { ...state.profile };
  for (const key of PROFILE_KEYS) {
    if (command[key] !== undefined) profile[key] = command[key] ?? null;
  }
  const displayName = command.displayName ?? state.displayName!;
  const profileChanged =
    displayName !== state.displayName ||
    PROFILE_KEYS.some((key) => profile[key] !== state.profile[key]);
  if (profileChanged) {
    event(IDENTITY_EVENTS.userProfileChanged, { displayName, ...withoutNulls(profile) });
  }
  if (command.role && command.role !== state.role) {
    event(IDENTITY_EVENTS.userRoleChanged, { role: command.role });
  }
  if (command.organisationId && command.organisationId !== state.organisationId) {
    event(IDENTITY_EVENTS.userOrganisationChanged, { organisationId: command.organisationId });
  }
  if (command.disabled !== undefined && command.disabled !== state.disabled) {
    event(command.disabled ? IDENTITY_EVENTS.userDisabled : IDENTITY_EVENTS.userEnabled, {});
  }
  if (command.passwordChanged) event(IDENTITY_EVENTS.userPasswordChanged, {});
  return events;
}

const withoutNulls = (profile: Profile): MemberProfile =>
  Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== null));

/** Changes after which tokens issued earlier say something false: their sessions must end. */
export const endsSessions = (events: readonly NewEvent[]): boolean =>
  events.some((event) =>
    [
      IDENTITY_EVENTS.userRoleChanged,
      IDENTITY_EVENTS.userOrganisationChanged,
      IDENTITY_EVENTS.userDisabled,
      IDENTITY_EVENTS.userPasswordChanged,
    ].includes(event.type as never),
  );

export function evolveUser(state: UserState, event: EventEnvelope): UserState {
  switch (event.type) {
    case IDENTITY_EVENTS.userRegistered: {
      const data = event.data as UserRegistered;
      return {
        userId: data.userId,
        username: data.username,
        displayName: data.displayName,
        organisationId: data.organisationId,
        role: data.role,
        profile: profileOf(data),
        disabled: false,
      };
    }
    case IDENTITY_EVENTS.userProfileChanged: {
      const data = event.data as UserProfileChanged;
      return { ...state, displayName: data.displayName, profile: profileOf(data) };
    }
    case IDENTITY_EVENTS.userRoleChanged:
      return { ...state, role: (event.data as UserRoleChanged).role };
    case IDENTITY_EVENTS.userOrganisationChanged:
      return { ...state, organisationId: (event.data as UserOrganisationChanged).organisationId };
    case IDENTITY_EVENTS.userDisabled:
      return { ...state, disabled: true };
    case IDENTITY_EVENTS.userEnabled:
      return { ...state, disabled: false };
    default:
      return state;
  }
}
