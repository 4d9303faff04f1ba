import type { EventEnvelope } from '@opinion/contracts';
import type {
  StoredSubmission,
  SubmissionReadModel,
  SubmissionsFeed,
} from '../application/ports/submission-read-model';
import {
  emptySubmissionView,
  evolveSubmissionView,
  type SubmissionView,
} from '../read-models/submission-view';

/** The gateway's read model of items in memory, fed as the MongoDB one is. */
export class InMemorySubmissionReadModel implements SubmissionReadModel, SubmissionsFeed {
  readonly stored = new Map<string, StoredSubmission>();

  constructor(views: Array<SubmissionView | StoredSubmission> = []) {
    for (const view of views) this.put(view);
  }

  /** Puts an item in, at version 1 unless given as a stored submission. */
  put(entry: SubmissionView | StoredSubmission): this {
    const stored = 'view' in entry ? entry : { version: 1, view: entry };
    this.stored.set(stored.view.submissionId!, structuredClone(stored));
    return this;
  }

  /** Folds intake's events, each stream position once (a redelivery changes nothing). */
  async apply(events: readonly EventEnvelope[]): Promise<void> {
    for (const event of events) {
      const submissionId = event.streamId.slice('submission-'.length);
      const stored = this.stored.get(submissionId);
      if (stored && stored.version >= event.streamPosition) continue;
      const view = evolveSubmissionView(stored?.view ?? emptySubmissionView(), event);
      this.stored.set(submissionId, { version: event.streamPosition, view });
    }
  }

  async find(submissionId: string): Promise<StoredSubmission | null> {
    return structuredClone(this.stored.get(submissionId) ?? null);
  }

  async findMany(submissionIds: readonly string[]): Promise<SubmissionView[]> {
    return submissionIds.flatMap((id) => {
      const stored = this.stored.get(id);
      return stored ? [structuredClone(stored.view)] : [];
    });
  }

  async listFor(userId: string, limit: number): Promise<SubmissionView[]> {
    return [...this.stored.values()]
      .map((stored) => stored.view)
      .filter((view) => view.participants.includes(userId))
      .sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''))
      .slice(0, limit)
      .map((view) => structuredClone(view));
  }
}
