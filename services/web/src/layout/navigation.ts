import type { Role } from '../api/types';
import type { MessageKey } from '../i18n/messages';

export interface NavEntry {
  path: string;
  label: MessageKey;
  roles: readonly Role[];
}

export const SUBMITTERS: readonly Role[] = ['member', 'liaison'];
export const STAFF: readonly Role[] = ['editor', 'reviewer', 'analyst', 'admin'];
export const IMPORTERS: readonly Role[] = ['liaison', 'editor', 'admin'];
export const ALL: readonly Role[] = [...SUBMITTERS, ...STAFF];

/** The menu, by the roles the gateway lets use each screen's API. */
export const NAVIGATION: NavEntry[] = [
  { path: '/', label: 'nav.home', roles: ALL },
  { path: '/submit', label: 'nav.submit', roles: SUBMITTERS },
  { path: '/mine', label: 'nav.mine', roles: SUBMITTERS },
  { path: '/import', label: 'nav.import', roles: IMPORTERS },
  { path: '/inbox', label: 'nav.inbox', roles: STAFF },
  { path: '/hot-issues', label: 'nav.hotIssues', roles: STAFF },
  { path: '/manage/users', label: 'nav.users', roles: ['admin'] },
  { path: '/manage/organisations', label: 'nav.organisations', roles: ['admin'] },
  { path: '/manage/taxonomy', label: 'nav.taxonomy', roles: ['admin'] },
];

export const navigationFor = (role: Role): NavEntry[] =>
  NAVIGATION.filter((entry) => entry.roles.includes(role));

/** The menu entry a path belongs to (/items/… belongs to none). */
export function selectedEntry(pathname: string): string | undefined {
  // A draft is the submit form again.
  const path = pathname.startsWith('/drafts/') ? '/submit' : pathname;
  return NAVIGATION.find((entry) =>
    entry.path === '/' ? path === '/' : path.startsWith(entry.path),
  )?.path;
}
