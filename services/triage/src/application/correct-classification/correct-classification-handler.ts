import { TRIAGE_EVENTS, type ClassificationCorrected } from '@opinion/contracts';
import type { EventStorePort } from '@opinion/event-store';
import { emptyAssessment, evolveAssessment } from '../../domain/assessment-view';
import {
  mayCorrectClassification,
  StaleVersionError,
  TriageRuleError,
} from '../../domain/triage-errors';
import { triageStreamId } from '../../domain/triage-streams';
import type { TaxonomyRegistry } from '../taxonomies/taxonomy-registry';
import type { CorrectClassificationCommand } from './correct-classification-command';

/**
 * Records an editor's label for an item from its triage stream (always current). The label must
 * belong to the item organisation's taxonomy in force (422 with the allowed labels); the label already
 * in force appends nothing. With If-Match, a stream that moved on since is refused (412). A concurrent write to the stream surfaces as a version conflict.
 */
export class CorrectClassificationHandler {
  constructor(
    private readonly store: EventStorePort,
    private readonly taxonomies: TaxonomyRegistry,
  ) {}

  async execute({ itemId, label, expectedVersion, metadata }: CorrectClassificationCommand) {
    if (!mayCorrectClassification(metadata.actor.role)) {
      throw new TriageRuleError('forbidden', 'only editors correct classifications');
    }
    const streamId = triageStreamId(itemId);
    const events = await this.store.readStream(streamId);
    const view = events.reduce(evolveAssessment, emptyAssessment());
    if (!view.label) throw new TriageRuleError('not-found', `item ${itemId} is not assessed`);
    if (expectedVersion !== undefined && expectedVersion !== events.length) {
      throw new StaleVersionError(expectedVersion, events.length);
    }
    const { labels } = this.taxonomies.inForce(view.orgId);
    if (!labels.includes(label)) {
      throw new TriageRuleError(
        'unknown-label',
        `"${label}" is not a label of the organisation's taxonomy: ${labels.join(', ')}`,
        { labels },
      );
    }
    if (label === view.label)
      return { itemId, label, previousLabel: label, version: events.length };
    const data: ClassificationCorrected = { itemId, label, previousLabel: view.label };
    const { nextExpectedVersion } = await this.store.append(
      streamId,
      events.length,
      [{ type: TRIAGE_EVENTS.classificationCorrected, version: 1, data }],
      metadata,
    );
    return { ...data, version: nextExpectedVersion };
  }
}
