import { TRIAGE_EVENTS, type ItemAssessed } from '@opinion/contracts';
import type { EventStore } from '@opinion/event-store';
import type { TriageIndex } from '../../domain/triage-index';
import { triageStreamId } from '../../domain/triage-streams';
import type { ModelRegistry } from '../models/model-registry';
import type { Serial } from '../serial';
import type { AssessItemCommand } from './assess-item-command';

export type AssessOutcome = 'assessed' | 'skipped';

/**
 * Classifies an item, finds the earlier items it repeats and its cluster, and records that as
 * item-assessed. The index is asked first and changed only after the append succeeded, so a
 * failed append leaves it as it was and the retry gets the same answer. An item in the index was
 * assessed before (a redelivery): nothing is appended.
 */
export class AssessItemHandler {
  constructor(
    private readonly store: EventStore,
    private readonly index: TriageIndex,
    private readonly models: ModelRegistry,
    private readonly serial: Serial,
  ) {}

  execute(command: AssessItemCommand): Promise<AssessOutcome> {
    return this.serial.run(async () => {
      const { itemId, orgId, submittedAt, text, metadata } = command;
      if (this.index.has(itemId)) return 'skipped';
      const answer = this.index.preview(itemId, text);
      const data: ItemAssessed = {
        itemId,
        orgId,
        submittedAt,
        classification: this.models.classify(orgId, text),
        ...answer,
      };
      await this.store.append(
        triageStreamId(itemId),
        'no_stream',
        [{ type: TRIAGE_EVENTS.itemAssessed, version: 1, data }],
        metadata,
      );
      this.index.add(itemId, text);
      return 'assessed';
    });
  }
}
