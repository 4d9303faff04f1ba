import {
  TRIAGE_EVENTS,
  TRIAGE_TAXONOMY_CATEGORY,
  type EventEnvelope,
  type TaxonomyDefined,
} from '@opinion/contracts';
import type { EventStorePort } from '@opinion/event-store';
import { defaultTaxonomyOf, type TaxonomyInForce } from '../../domain/taxonomy-in-force';
import { latestPerStream } from '../latest-per-stream';

/**
 * Every organisation's taxonomy in force, in memory (few and small): the latest taxonomy-defined
 * of each `triagetaxonomy` stream, loaded at start-up and kept current from triage's own events.
 * An event older than the one held (a redelivery, or the echo of this process's own write)
 * changes nothing.
 */
export class TaxonomyRegistry {
  private readonly defined = new Map<string, TaxonomyInForce>();

  /** The organisation's latest taxonomy, else the committee domains (also for the default scope). */
  inForce(orgId: string | null): TaxonomyInForce {
    return (orgId === null ? undefined : this.defined.get(orgId)) ?? defaultTaxonomyOf(orgId ?? '');
  }

  async restore(store: EventStorePort): Promise<number> {
    const latest = await latestPerStream(store, [TRIAGE_TAXONOMY_CATEGORY]);
    for (const event of latest) this.apply(event);
    return latest.length;
  }

  apply(event: EventEnvelope): boolean {
    if (event.type !== TRIAGE_EVENTS.taxonomyDefined) return false;
    const { orgId, labels, mapping } = event.data as TaxonomyDefined;
    if ((this.defined.get(orgId)?.version ?? 0) >= event.streamPosition) return false;
    this.defined.set(orgId, {
      orgId,
      labels,
      mapping,
      isDefault: false,
      version: event.streamPosition,
    });
    return true;
  }
}
