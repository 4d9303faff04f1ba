import type { SourceType, SubmissionStatus } from '@opinion/contracts';
import { IdentityRuleError } from '../../domain/identity-errors';
import { isStaff } from '../../domain/roles';
import type { IdentityDirectory } from '../ports/identity-directory';
import {
  inboxPositionOf,
  type InboxEntry,
  type InboxFacets,
  type InboxFilter,
  type InboxReadModel,
} from '../ports/inbox-read-model';
import type { Principal } from '../principal';
import type { InboxQuery } from './get-inbox-query';
import { decodeInboxCursor, encodeInboxCursor } from './inbox-cursor';

/** One row of the inbox: enough to list, filter and open the item (GET /api/submissions/:id). */
export interface InboxRow {
  submissionId: string;
  title: string | null;
  status: SubmissionStatus;
  sourceType: SourceType | null;
  revision: number;
  urgency: { level: 'routine' | 'urgent' | 'critical'; greenChannel: boolean } | null;
  submitter: { userId: string; displayName: string | null };
  submittedAt: string;
  updatedAt: string | null;
  /** 研判: null until triage has assessed the item. */
  triage: {
    /** The label in force: an editor's correction wins over the model. */
    label: string | null;
    /** The model's probability for that label; null when the label is an editor's correction. */
    confidence: number | null;
    corrected: boolean;
    duplicateOf: string | null;
    similarity: number | null;
    clusterId: string | null;
  } | null;
}

export interface InboxPage {
  items: InboxRow[];
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: string | null;
}

/** Midnight in Beijing (UTC+8), where the committees count their days, as an ISO instant. */
const dayStart = (date: string, days = 0): string =>
  new Date(Date.parse(`${date}T00:00:00+08:00`) + days * 86_400_000).toISOString();

const filterOf = (query: InboxQuery, organisationId: string): InboxFilter => ({
  organisationId,
  status: query.status,
  label: query.label,
  sourceType: query.sourceType,
  submittedFrom: query.from && dayStart(query.from),
  submittedBefore: query.to && dayStart(query.to, 1),
  text: query.q,
  duplicatesOnly: query.duplicates === 'only',
});

/**
 * 信息收件箱: the items submitted to the caller's committee (drafts never), newest submission
 * first, filtered, a page at a time; for the information office and its leaders (staff), who see
 * every item of their committee by the visibility rule. Also the counts behind its filters.
 */
export class GetInboxHandler {
  constructor(
    private readonly inbox: InboxReadModel,
    private readonly directory: IdentityDirectory,
  ) {}

  async execute(query: InboxQuery, principal: Principal): Promise<InboxPage> {
    this.mayRead(principal);
    const after = query.cursor ? decodeInboxCursor(query.cursor) : null;
    const filter = filterOf(query, principal.organisationId);
    const scan = await this.inbox.inbox(filter, after, query.limit + 1);
    const entries = scan.entries.slice(0, query.limit);
    const next =
      scan.entries.length > query.limit ? inboxPositionOf(entries.at(-1)!.view) : scan.scannedTo;
    return {
      items: await this.rowsOf(entries),
      nextCursor: next && encodeInboxCursor(next),
    };
  }

  async facets(principal: Principal): Promise<InboxFacets> {
    this.mayRead(principal);
    return await this.inbox.inboxFacets(principal.organisationId);
  }

  private mayRead(principal: Principal): void {
    if (!isStaff(principal.role)) throw new IdentityRuleError('forbidden', 'staff only');
  }

  private async rowsOf(entries: InboxEntry[]): Promise<InboxRow[]> {
    const submitters = [...new Set(entries.map((entry) => entry.view.submitterId!))];
    const users = await Promise.all(submitters.map((userId) => this.directory.user(userId)));
    const names = new Map(submitters.map((userId, i) => [userId, users[i]?.displayName ?? null]));
    return entries.map(({ view, triage }) => ({
      submissionId: view.submissionId!,
      title: view.content?.title ?? null,
      status: view.status,
      sourceType: view.sourceType,
      revision: view.revision,
      urgency: view.content?.urgency ?? null,
      submitter: {
        userId: view.submitterId!,
        displayName: names.get(view.submitterId!) ?? view.submitterName ?? null,
      },
      submittedAt: view.submittedAt!,
      updatedAt: view.updatedAt,
      triage: triage?.assessed
        ? {
            label: triage.label,
            confidence: triage.corrected ? null : triage.modelConfidence,
            corrected: triage.corrected,
            duplicateOf: triage.duplicateOf,
            similarity: triage.similarity,
            clusterId: triage.clusterId,
          }
        : null,
    }));
  }
}
