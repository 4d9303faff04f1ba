import { TRIAGE_EVENTS, type ItemAssessed } from '@opinion/contracts';
import { WrongExpectedVersionError, type EventStorePort } from '@opinion/event-store';
import type { TriageIndex } from '../../domain/triage-index';
import { triageStreamId } from '../../domain/triage-streams';
import type { ItemClassifier } from '../models/item-classifier';
import type { IndexWatcher } from '../ports';
import type { Serial } from '../serial';
import type { AssessItemCommand } from './assess-item-command';

export type AssessOutcome = 'assessed' | 'skipped';

/**
 * Classifies an item, finds the earlier items it repeats and its cluster, and records that as
 * item-assessed. The index is asked first and changed only after the append succeeded, so a
 * failed append leaves it as it was and the retry gets the same answer. An item in the index was
 * assessed before (a redelivery): nothing is appended. The watcher hears of every added item, and
 * of a failed append that may have been stored all the same (anything but a version conflict).
 */
export class AssessItemHandler {
  constructor(
    private readonly store: EventStorePort,
    private readonly index: TriageIndex,
    private readonly classifier: ItemClassifier,
    private readonly serial: Serial,
    private readonly watcher: IndexWatcher,
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
        classification: this.classifier.classify(orgId, text),
        ...answer,
      };
      const appended = await this.store
        .append(
          triageStreamId(itemId),
          'no_stream',
          [{ type: TRIAGE_EVENTS.itemAssessed, version: 1, data }],
          metadata,
        )
        .catch((error: unknown) => {
          if (!(error instanceof WrongExpectedVersionError)) {
            this.watcher.distrust(`appending the assessment of ${itemId} failed: ${String(error)}`);
          }
          throw error;
        });
      this.index.add(itemId, text, appended.events[0].globalPosition!);
      this.watcher.grew();
      return 'assessed';
    });
  }
}
