import type { SourceType, SubmissionStatus } from '@opinion/contracts';
import type { SubmissionTriage } from '../../read-models/submission-triage';
import type { SubmissionView } from '../../read-models/submission-view';

/** Which of a committee's items (报送到本会的信息, drafts never) the inbox lists. */
export interface InboxFilter {
  organisationId: string;
  status?: SubmissionStatus;
  /** Triage's label in force. */
  label?: string;
  sourceType?: SourceType;
  /** Submitted at or after this instant (ISO). */
  submittedFrom?: string;
  /** Submitted before this instant (ISO). */
  submittedBefore?: string;
  /** In the title or the body, case-insensitive. */
  text?: string;
  /** Only items triage found to repeat an earlier one. */
  duplicatesOnly?: boolean;
}

/** Where a page ends: the inbox is ordered by submission time, then id, newest first. */
export interface InboxPosition {
  submittedAt: string;
  submissionId: string;
}

export interface InboxEntry {
  view: SubmissionView;
  /** Null until triage has assessed the item. */
  triage: SubmissionTriage | null;
}

export interface InboxScan {
  /** At most the limit asked for, in inbox order, all after the position asked from. */
  entries: InboxEntry[];
  /**
   * How far the read model looked: past `entries` when it stopped at its scan budget before
   * finding the limit (the next page goes on from here); null when nothing is left.
   */
  scannedTo: InboxPosition | null;
}

export interface InboxFacets {
  total: number;
  byStatus: Array<{ status: SubmissionStatus; count: number }>;
  /** `label: null` counts the items triage has not assessed yet. */
  byLabel: Array<{ label: string | null; count: number }>;
}

/** The editors' inbox, on the gateway's submission read model (intake's and triage's events). */
export interface InboxReadModel {
  inbox(filter: InboxFilter, after: InboxPosition | null, limit: number): Promise<InboxScan>;
  inboxFacets(organisationId: string): Promise<InboxFacets>;
}

/** An item's place in the inbox order, if it is in the inbox at all (submitted, not a draft). */
export const inboxPositionOf = (view: SubmissionView): InboxPosition | null =>
  view.submittedAt && view.submissionId && view.status !== 'draft'
    ? { submittedAt: view.submittedAt, submissionId: view.submissionId }
    : null;

/** Whether `a` comes before `b` in the inbox: later submission first, then the greater id. */
export const inboxBefore = (a: InboxPosition, b: InboxPosition): boolean =>
  a.submittedAt === b.submittedAt ? a.submissionId > b.submissionId : a.submittedAt > b.submittedAt;

const searchable = (view: SubmissionView): string => {
  const content = view.content;
  const body = content?.body;
  return [content?.title, body?.text, body?.situation, body?.problem, body?.suggestions]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
};

/**
 * Whether an entry is in the filtered inbox. Adapters that can query only some of the fields at
 * once (SecantusDB plans an index only for a filter it holds whole) narrow with it in code.
 */
export function matchesInbox(filter: InboxFilter, { view, triage }: InboxEntry): boolean {
  const position = inboxPositionOf(view);
  if (!position || view.organisationId !== filter.organisationId) return false;
  const checks = [
    !filter.status || view.status === filter.status,
    !filter.label || triage?.label === filter.label,
    !filter.sourceType || view.sourceType === filter.sourceType,
    !filter.submittedFrom || position.submittedAt >= filter.submittedFrom,
    !filter.submittedBefore || position.submittedAt < filter.submittedBefore,
    !filter.duplicatesOnly || triage?.duplicate === true,
    !filter.text || searchable(view).includes(filter.text.toLowerCase()),
  ];
  return checks.every(Boolean);
}
