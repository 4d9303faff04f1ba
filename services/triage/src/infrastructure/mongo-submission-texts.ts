import { SUBMISSION_EVENTS, type EventRegistry, type Submitted } from '@opinion/contracts';
import { toEnvelope, type EventStoreModels } from '@opinion/event-store';
import type { TextItem } from '@opinion/text';
import type { SubmissionTexts } from '../application/ports';
import { itemText } from '../domain/item-text';

const CHUNK = 2_000;

/**
 * Reads the submitted texts of many items with one query per chunk: the commits of their
 * submission streams, by the stream index alone (ADR 0010); only `submitted` events are read.
 */
export class MongoSubmissionTexts implements SubmissionTexts {
  constructor(
    private readonly models: EventStoreModels,
    private readonly registry: EventRegistry,
  ) {}

  async textsOf(itemIds: readonly string[]): Promise<Map<string, TextItem>> {
    const texts = new Map<string, TextItem>();
    for (let start = 0; start < itemIds.length; start += CHUNK) {
      const streamIds = itemIds.slice(start, start + CHUNK).map((id) => `submission-${id}`);
      const commits = await this.models.commits.find({ streamId: { $in: streamIds } }).lean();
      for (const commit of commits) {
        for (const stored of commit.events) {
          if (stored.type !== SUBMISSION_EVENTS.submitted) continue;
          const { data } = this.registry.read(toEnvelope(commit, stored));
          const { submissionId, content } = data as Submitted;
          texts.set(submissionId, itemText(content));
        }
      }
    }
    return texts;
  }
}
