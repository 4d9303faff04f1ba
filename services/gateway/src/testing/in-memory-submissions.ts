import { TRIAGE_CATEGORY, type EventEnvelope } from '@opinion/contracts';
import {
  inboxBefore,
  inboxPositionOf,
  matchesInbox,
  type InboxEntry,
  type InboxFacets,
  type InboxFilter,
  type InboxPosition,
  type InboxReadModel,
  type InboxScan,
} from '../application/ports/inbox-read-model';
import type {
  StoredSubmission,
  SubmissionReadModel,
  SubmissionsFeed,
} from '../application/ports/submission-read-model';
import {
  emptySubmissionTriage,
  evolveSubmissionTriage,
  type SubmissionTriage,
} from '../read-models/submission-triage';
import {
  emptySubmissionView,
  evolveSubmissionView,
  type SubmissionView,
} from '../read-models/submission-view';

const SUBMISSION_PREFIX = 'submission-';
const TRIAGE_PREFIX = `${TRIAGE_CATEGORY}-`;

/** The gateway's read model of items in memory, fed as the MongoDB one is. */
export class InMemorySubmissionReadModel
  implements SubmissionReadModel, SubmissionsFeed, InboxReadModel
{
  readonly stored = new Map<string, StoredSubmission>();
  readonly triage = new Map<string, { position: number; triage: SubmissionTriage }>();

  constructor(views: Array<SubmissionView | StoredSubmission> = []) {
    for (const view of views) this.put(view);
  }

  /** Puts an item in, at version 1 unless given as a stored submission. */
  put(entry: SubmissionView | StoredSubmission): this {
    const stored = 'view' in entry ? entry : { version: 1, view: entry };
    this.stored.set(stored.view.submissionId!, structuredClone(stored));
    return this;
  }

  /** Puts triage's answer about an item in, as if folded from one event. */
  putTriage(submissionId: string, triage: Partial<SubmissionTriage>): this {
    const assessed = { ...emptySubmissionTriage(), assessed: true, ...triage };
    this.triage.set(submissionId, { position: 1, triage: assessed });
    return this;
  }

  /** Folds intake's and triage's events, each stream position once (a redelivery: no change). */
  async apply(events: readonly EventEnvelope[]): Promise<void> {
    for (const event of events) {
      if (event.streamId.startsWith(SUBMISSION_PREFIX)) this.applySubmission(event);
      if (event.streamId.startsWith(TRIAGE_PREFIX)) this.applyTriage(event);
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

  /** Everything in one go: no scan budget, so `scannedTo` is the last entry at the limit. */
  async inbox(filter: InboxFilter, after: InboxPosition | null, limit: number): Promise<InboxScan> {
    const entries = this.entries()
      .filter((entry) => matchesInbox(filter, entry))
      .filter((entry) => !after || inboxBefore(after, inboxPositionOf(entry.view)!))
      .slice(0, limit);
    const full = entries.length === limit;
    return { entries, scannedTo: full ? inboxPositionOf(entries.at(-1)!.view) : null };
  }

  async inboxFacets(organisationId: string): Promise<InboxFacets> {
    const entries = this.entries().filter((entry) => matchesInbox({ organisationId }, entry));
    const count = <Key>(keyOf: (entry: InboxEntry) => Key) => {
      const counts = new Map<Key, number>();
      for (const entry of entries) counts.set(keyOf(entry), (counts.get(keyOf(entry)) ?? 0) + 1);
      return [...counts];
    };
    return {
      total: entries.length,
      byStatus: count((entry) => entry.view.status).map(([status, n]) => ({ status, count: n })),
      byLabel: count((entry) => entry.triage?.label ?? null)
        .map(([label, n]) => ({ label, count: n }))
        .sort((a, b) => b.count - a.count),
    };
  }

  /** Every item with its triage, in inbox order (those not in the inbox last). */
  private entries(): InboxEntry[] {
    const entries = [...this.stored.values()].map(({ view }) => ({
      view: structuredClone(view),
      triage: structuredClone(this.triage.get(view.submissionId!)?.triage ?? null),
    }));
    return entries.sort((a, b) => {
      const [first, second] = [inboxPositionOf(a.view), inboxPositionOf(b.view)];
      if (!first || !second) return first ? -1 : second ? 1 : 0;
      return inboxBefore(first, second) ? -1 : 1;
    });
  }

  private applySubmission(event: EventEnvelope): void {
    const submissionId = event.streamId.slice(SUBMISSION_PREFIX.length);
    const stored = this.stored.get(submissionId);
    if (stored && stored.version >= event.streamPosition) return;
    const view = evolveSubmissionView(stored?.view ?? emptySubmissionView(), event);
    this.stored.set(submissionId, { version: event.streamPosition, view });
  }

  private applyTriage(event: EventEnvelope): void {
    const submissionId = event.streamId.slice(TRIAGE_PREFIX.length);
    const current = this.triage.get(submissionId);
    if (current && current.position >= event.streamPosition) return;
    const triage = evolveSubmissionTriage(current?.triage ?? emptySubmissionTriage(), event);
    this.triage.set(submissionId, { position: event.streamPosition, triage });
  }
}
