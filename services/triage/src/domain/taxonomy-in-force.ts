import { DEFAULT_TAXONOMY, type Taxonomy } from '@opinion/text';

/** The taxonomy an organisation's new items are classified into, and its stream version. */
export interface TaxonomyInForce extends Taxonomy {
  orgId: string;
  /** True while the organisation has defined none: the committee domains. */
  isDefault: boolean;
  /** Version of `triagetaxonomy-<orgId>` (its ETag); 0 for the default. */
  version: number;
}

export const defaultTaxonomyOf = (orgId: string): TaxonomyInForce => ({
  ...DEFAULT_TAXONOMY,
  orgId,
  isDefault: true,
  version: 0,
});
