import type { TaxonomyRegistry } from './taxonomy-registry';

/** GET /triage/taxonomies/:orgId: the taxonomy in force, `isDefault` while none was defined. */
export class GetTaxonomyHandler {
  constructor(private readonly taxonomies: TaxonomyRegistry) {}

  execute({ orgId }: { orgId: string }) {
    return this.taxonomies.inForce(orgId);
  }
}
