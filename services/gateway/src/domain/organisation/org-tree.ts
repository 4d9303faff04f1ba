import type { OrganisationLevel } from '@opinion/contracts';

/** 全国政协 → 省政协 → 市政协 → 县/区政协. */
const LEVELS: readonly OrganisationLevel[] = ['national', 'provincial', 'municipal', 'county'];

/** The level of a committee's children; county committees have none. */
export function childLevelOf(level: OrganisationLevel): OrganisationLevel | null {
  return LEVELS[LEVELS.indexOf(level) + 1] ?? null;
}

export interface TreePosition {
  organisationId: string | null;
  ancestorIds: string[];
}

/** Whether an organisation is `rootId` or lies below it: an administrator's reach. */
export const isWithin = (organisation: TreePosition, rootId: string): boolean =>
  organisation.organisationId === rootId || organisation.ancestorIds.includes(rootId);
