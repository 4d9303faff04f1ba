import type { PersonRole } from '@opinion/contracts';

export const ALL_ROLES: readonly PersonRole[] = [
  'member',
  'liaison',
  'editor',
  'reviewer',
  'analyst',
  'admin',
];

/** The committee's information office (信息处/科) and its leaders: they see the committee's items. */
export const STAFF_ROLES: readonly PersonRole[] = ['editor', 'reviewer', 'analyst', 'admin'];

/** People who report items: members (委员) and liaison officers (信息联系点/特邀信息员). */
export const SUBMITTER_ROLES: readonly PersonRole[] = ['member', 'liaison'];

export const isStaff = (role: PersonRole): boolean => STAFF_ROLES.includes(role);
