import type {
  StoredSubmission,
  SubmissionReadModel,
} from '../application/ports/submission-read-model';
import type { SubmissionView } from '../read-models/submission-view';

/** The gateway's read model of items in memory. */
export class InMemorySubmissionReadModel implements SubmissionReadModel {
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
