import { TRIAGE_EVENTS, type ItemAssessed, type ItemReclassified } from '@opinion/contracts';
import type { EventStorePort } from '@opinion/event-store';
import { emptyAssessment, evolveAssessment } from '../../domain/assessment-view';
import { triageStreamId } from '../../domain/triage-streams';
import type { ItemClassifier } from '../models/item-classifier';
import type { ReclassifyItemCommand } from './reclassify-item-command';

export type ReclassifyOutcome = 'reclassified' | 'skipped';

/**
 * Classifies a revision. Duplicates and clusters stay those of the submitted text: the index
 * holds arrivals, and a revision is not a new arrival. A revision already classified (a
 * redelivery) or of an item never assessed appends nothing.
 */
export class ReclassifyItemHandler {
  constructor(
    private readonly store: EventStorePort,
    private readonly classifier: ItemClassifier,
  ) {}

  async execute({
    itemId,
    revision,
    text,
    metadata,
  }: ReclassifyItemCommand): Promise<ReclassifyOutcome> {
    const streamId = triageStreamId(itemId);
    const events = await this.store.readStream(streamId);
    const assessed = events.find((event) => event.type === TRIAGE_EVENTS.itemAssessed);
    const done = events.some(
      (event) =>
        event.type === TRIAGE_EVENTS.itemReclassified &&
        (event.data as ItemReclassified).revision >= revision,
    );
    if (!assessed || done) return 'skipped';
    const view = events.reduce(evolveAssessment, emptyAssessment());
    const data: ItemReclassified = {
      itemId,
      revision,
      classification: this.classifier.classify((assessed.data as ItemAssessed).orgId, text),
      previousLabel: view.classification!.label,
    };
    await this.store.append(
      streamId,
      events.length,
      [{ type: TRIAGE_EVENTS.itemReclassified, version: 1, data }],
      metadata,
    );
    return 'reclassified';
  }
}
