import type { EventEnvelope, SubmissionFacts, TimelineEntry } from '@opinion/contracts';
// By path: @opinion/projections' index loads mongoose.
import { InMemoryStreamDocumentProjection } from '../../../../libs/projections/src/in-memory-stream-document-projection';
import type { MySubmissionsFeed } from '../application/list-my-submissions/my-submissions-feed';
import type { MySubmissionsReadModel } from '../application/list-my-submissions/my-submissions-read-model';
import {
  summaryOf,
  type SubmissionSummary,
} from '../application/list-my-submissions/submission-summary';
import type { TimelineReadModel } from '../application/timeline/timeline-read-model';
import { mySubmissionsReadModel } from '../read-models';

/**
 * "My items" in memory: the lines a spec puts in, and the items folded from the events it is fed
 * (as MongoDB's read model folds them), listed newest first.
 */
export class InMemoryMySubmissions implements MySubmissionsReadModel, MySubmissionsFeed {
  private readonly projection = new InMemoryStreamDocumentProjection(mySubmissionsReadModel);

  constructor(readonly summaries: SubmissionSummary[] = []) {}

  apply(events: readonly EventEnvelope[]): Promise<void> {
    return this.projection.apply(events);
  }

  async listFor(userId: string, limit: number): Promise<SubmissionSummary[]> {
    const folded = this.projection
      .documents()
      .map(({ state }: { state: SubmissionFacts }) => summaryOf(state));
    return [...this.summaries, ...folded]
      .filter((summary) => summary.participants.includes(userId))
      .sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''))
      .slice(0, limit);
  }
}

/** Timelines in memory: each entry once per event id, answered in the order added. */
export class InMemoryTimelines implements TimelineReadModel {
  readonly entries = new Map<string, TimelineEntry[]>();

  async add(itemId: string, entry: TimelineEntry): Promise<void> {
    const entries = this.entries.get(itemId) ?? [];
    if (!entries.some((known) => known.eventId === entry.eventId)) entries.push(entry);
    this.entries.set(itemId, entries);
  }

  async entriesOf(itemId: string): Promise<TimelineEntry[]> {
    return [...(this.entries.get(itemId) ?? [])];
  }
}
