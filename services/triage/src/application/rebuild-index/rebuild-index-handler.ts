import { TRIAGE_CATEGORY, TRIAGE_EVENTS, type ItemAssessed } from '@opinion/contracts';
import type { EventStorePort } from '@opinion/event-store';
import type { TriageIndex } from '../../domain/triage-index';
import type { SubmissionTexts } from '../ports';

export interface RebuildResult {
  /** Items in the index afterwards. */
  items: number;
  /** Items this replay added. */
  replayed: number;
  /** Items whose replayed answer differs from the recorded one (should stay 0). */
  mismatches: number;
  /**
   * Assessed items whose submission is not in this store (a broker shared with another
   * database, as on a developer's machine): left out of the index rather than refusing to start.
   */
  missingTexts: number;
  elapsedMs: number;
}

/**
 * Brings the in-memory index up to date at start-up: triage is the only writer of item-assessed,
 * so the global order of those events is the order it added items. Replaying the submitted texts
 * in that order, after the position the index covers (0 when empty, a snapshot's otherwise),
 * gives back the same ordinals, duplicates and clusters. Page by page: one read of the triage log
 * and one read of the submission streams per page, so memory stays bounded.
 */
export class RebuildIndexHandler {
  constructor(
    private readonly store: EventStorePort,
    private readonly texts: SubmissionTexts,
    private readonly pageSize = 2_000,
  ) {}

  async execute(index: TriageIndex, now = () => Date.now()): Promise<RebuildResult> {
    const started = now();
    const before = index.size;
    let mismatches = 0;
    let missingTexts = 0;
    for (let from = index.position + 1; ;) {
      const page = await this.store.readAll(from, this.pageSize, {
        categories: [TRIAGE_CATEGORY],
      });
      if (page.length === 0) break;
      const assessed = page
        .filter((event) => event.type === TRIAGE_EVENTS.itemAssessed)
        .map((event) => ({ event, recorded: event.data as ItemAssessed }));
      const texts = await this.texts.textsOf(assessed.map(({ recorded }) => recorded.itemId));
      for (const { event, recorded } of assessed) {
        const text = texts.get(recorded.itemId);
        if (!text) {
          missingTexts += 1;
          continue;
        }
        const replayed = index.add(recorded.itemId, text, event.globalPosition!);
        if (
          replayed.duplicateOf !== recorded.duplicateOf ||
          replayed.clusterId !== recorded.clusterId
        ) {
          mismatches += 1;
        }
      }
      from = page[page.length - 1].globalPosition! + 1;
    }
    return {
      items: index.size,
      replayed: index.size - before,
      mismatches,
      missingTexts,
      elapsedMs: now() - started,
    };
  }
}
