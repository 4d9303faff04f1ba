import type { TimelineEntry } from '@opinion/contracts';
import type { MySubmissionsReadModel } from '../application/list-my-submissions/my-submissions-read-model';
import type { SubmissionSummary } from '../application/list-my-submissions/submission-summary';
import type { TimelineReadModel } from '../application/timeline/timeline-read-model';

/** "My items" in memory: the lines a spec puts in, listed newest first. */
export class InMemoryMySubmissions implements MySubmissionsReadModel {
  constructor(readonly summaries: SubmissionSummary[] = []) {}

  async listFor(userId: string, limit: number): Promise<SubmissionSummary[]> {
    return this.summaries
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
