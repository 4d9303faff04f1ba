import type { OrganisationLevel, PersonRole } from '@opinion/contracts';
import type { Principal } from '../application/principal';
import type { OrganisationState } from '../domain/organisation/organisation';
import { emptyUser, type UserState } from '../domain/user/user';
import { emptySubmissionView, type SubmissionView } from '../read-models/submission-view';

/**
 * States for specs that run without servers: the demo tree 全国政协 → 某省政协 → 某市政协 →
 * 某区政协 (ids as in seed/demo-data) and one user of each role, as the read models hold them.
 */
const organisation = (
  organisationId: string,
  name: string,
  level: OrganisationLevel,
  ancestorIds: string[],
): OrganisationState => ({
  organisationId,
  name,
  level,
  parentId: ancestorIds.at(-1) ?? null,
  ancestorIds,
});

export const NATIONAL = organisation('cppcc-national', '全国政协', 'national', []);
export const PROVINCE = organisation('demo-province', '某省政协', 'provincial', ['cppcc-national']);
export const CITY = organisation('demo-city', '某市政协', 'municipal', [
  'cppcc-national',
  'demo-province',
]);
export const DISTRICT = organisation('demo-district', '某区政协', 'county', [
  'cppcc-national',
  'demo-province',
  'demo-city',
]);
export const ORGANISATIONS = [NATIONAL, PROVINCE, CITY, DISTRICT];

/** A registered user; `userId` is `<username>-id`. */
export const userState = (
  username: string,
  role: PersonRole,
  changes: Partial<UserState> = {},
): UserState => ({
  ...emptyUser(),
  userId: `${username}-id`,
  username,
  displayName: username,
  organisationId: DISTRICT.organisationId,
  role,
  ...changes,
});

export const USERS = {
  member: userState('member', 'member'),
  member2: userState('member2', 'member'),
  liaison: userState('liaison', 'liaison', {
    profile: { ...emptyUser().profile, liaisonPoint: '东街街道信息联系点' },
  }),
  editor: userState('editor', 'editor'),
  admin: userState('admin', 'admin'),
  cityEditor: userState('city-editor', 'editor', { organisationId: CITY.organisationId }),
  cityAdmin: userState('city-admin', 'admin', { organisationId: CITY.organisationId }),
  disabled: userState('disabled', 'member', { disabled: true }),
} satisfies Record<string, UserState>;

/** The caller of a request, as the access guard hands it on. */
export const principalOf = (
  user: UserState,
  sessionId = `session-of-${user.userId}`,
): Principal => ({
  userId: user.userId!,
  role: user.role!,
  organisationId: user.organisationId!,
  sessionId,
});

/** An item in the gateway's read model, submitted by `submitter` to their committee. */
export const submissionView = (
  submissionId: string,
  submitter: UserState,
  changes: Partial<SubmissionView> = {},
): SubmissionView => ({
  ...emptySubmissionView(),
  submissionId,
  status: 'submitted',
  submitterId: submitter.userId,
  participants: [submitter.userId!],
  organisationId: submitter.organisationId,
  sourceType: submitter.role === 'liaison' ? 'liaison-point' : 'member',
  revision: 1,
  content: { title: `item ${submissionId}`, body: 'text' } as SubmissionView['content'],
  submittedAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-01T08:00:00.000Z',
  ...changes,
});
