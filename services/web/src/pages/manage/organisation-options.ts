import type { Organisation } from '../../api/types';

/** Options for a Select of committees, indented by depth under the admin's own. */
export const organisationOptions = (organisations: Organisation[]) => {
  const top = Math.min(...organisations.map((o) => o.ancestorIds.length));
  return organisations.map((organisation) => ({
    value: organisation.organisationId,
    label: `${'　'.repeat(organisation.ancestorIds.length - top)}${organisation.name}`,
  }));
};
