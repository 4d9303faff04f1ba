import {
  parseLocalised,
  TAXONOMY_MESSAGES,
  TAXONOMY_RULE,
  taxonomyRulesSchema,
  TRIAGE_EVENTS,
  type DefineTaxonomyRequest,
  type EventMetadata,
  type FieldError,
  type Locale,
  type TaxonomyDefined,
} from '@opinion/contracts';
import type { EventStorePort } from '@opinion/event-store';
import { taxonomyLabelOf } from '@opinion/text';
import { mayDefineTaxonomy, StaleVersionError, TriageRuleError } from '../../domain/triage-errors';
import { taxonomyStreamId } from '../../domain/triage-streams';
import type { ModelRegistry } from '../models/model-registry';
import type { TaxonomyRegistry } from './taxonomy-registry';

export interface DefineTaxonomyCommand {
  orgId: string;
  request: DefineTaxonomyRequest;
  /** The version the administrator last saw (If-Match; 0 for the default); absent: any. */
  expectedVersion?: number;
  locale: Locale;
  metadata: EventMetadata;
}

/**
 * An administrator defines an organisation's taxonomy: checked (422 with the fields in error),
 * appended as taxonomy-defined at the version read (or the If-Match one, else 412) and put in
 * force here at once. Assessments made before keep their labels. The mapping must let at least
 * one label of the model in use land in the taxonomy, or every item would get its first label.
 */
export class DefineTaxonomyHandler {
  constructor(
    private readonly store: EventStorePort,
    private readonly taxonomies: TaxonomyRegistry,
    private readonly models: ModelRegistry,
  ) {}

  async execute({ orgId, request, expectedVersion, locale, metadata }: DefineTaxonomyCommand) {
    if (!mayDefineTaxonomy(metadata.actor.role)) {
      throw new TriageRuleError('forbidden', 'only administrators define taxonomies');
    }
    this.check(orgId, request, locale);
    const streamId = taxonomyStreamId(orgId);
    const version = await this.store.head(streamId);
    if (expectedVersion !== undefined && expectedVersion !== version) {
      throw new StaleVersionError(expectedVersion, version);
    }
    const data: TaxonomyDefined = { orgId, ...request };
    const { events } = await this.store.append(
      streamId,
      version === 0 ? 'no_stream' : version,
      [{ type: TRIAGE_EVENTS.taxonomyDefined, version: 1, data }],
      metadata,
    );
    this.taxonomies.apply(events[0]);
    return this.taxonomies.inForce(orgId);
  }

  private check(orgId: string, request: DefineTaxonomyRequest, locale: Locale): void {
    const parsed = parseLocalised(taxonomyRulesSchema, request, locale);
    const errors: FieldError[] = parsed.success ? [] : parsed.errors;
    const { labels } = this.models.modelFor(orgId).model;
    if (parsed.success && !labels.some((label) => taxonomyLabelOf(request, label))) {
      errors.push({ field: 'mapping', message: TAXONOMY_RULE.reachesNothing });
    }
    if (errors.length === 0) return;
    throw new TriageRuleError('invalid-taxonomy', 'the taxonomy breaks its rules', {
      errors: errors.map(({ field, message }) => ({
        field,
        message: TAXONOMY_MESSAGES[message]?.[locale] ?? message,
      })),
    });
  }
}
