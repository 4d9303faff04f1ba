import { TRIAGE_CATEGORY, type EventEnvelope, type SubmissionStatus } from '@opinion/contracts';
import { streamCategory, streamIdOf } from '@opinion/event-store';
import { foldStream, type Evolve } from '@opinion/projections';
import type { Collection, Connection, mongo } from 'mongoose';
import {
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
import { submissionsReadModel } from '../read-models';
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

/**
 * One document per item, `submission-<id>`: intake's stream folded into `state` at `position`
 * (as every stream-document read model), and triage's stream of the same item (`triage-<id>`)
 * folded into `triage` at `triagePosition`. Either may come first (two topics); a document with
 * no `position` yet is not an item to any query.
 */
interface SubmissionDocument {
  _id: string;
  position?: number;
  state?: SubmissionView;
  triagePosition?: number;
  triage?: SubmissionTriage;
}

/** How one stream folds into its part of the document. */
interface Part<State> {
  category: string;
  position: 'position' | 'triagePosition';
  state: 'state' | 'triage';
  initial: () => State;
  evolve: Evolve<State>;
}

const SUBMISSION_PART: Part<SubmissionView> = {
  category: 'submission',
  position: 'position',
  state: 'state',
  initial: emptySubmissionView,
  evolve: evolveSubmissionView,
};
const TRIAGE_PART: Part<SubmissionTriage> = {
  category: TRIAGE_CATEGORY,
  position: 'triagePosition',
  state: 'triage',
  initial: emptySubmissionTriage,
  evolve: evolveSubmissionTriage,
};
const PARTS = [SUBMISSION_PART, TRIAGE_PART] as Part<unknown>[];

const ORG = 'state.organisationId';
const SUBMITTED_AT = 'state.submittedAt';
const INBOX_ORDER = { [SUBMITTED_AT]: -1, 'state.submissionId': -1 } as const;
/**
 * Before every submission time (drafts have none). Not `$gt: ''`: SecantusDB 0.7.0b3 answers that
 * range over an index with nothing at all (MongoDB: every string).
 */
const SUBMITTED = { $gte: '0000-01-01T00:00:00.000Z' };

/**
 * The inbox's indexes: the committee, at most one filter as an equality, then the inbox order
 * (its range too). SecantusDB plans an index only for a filter it holds whole (ADR 0010), so a
 * query names the committee, the range and one of these filters; the rest is narrowed in code.
 */
const INBOX_FILTERS = {
  duplicatesOnly: 'triage.duplicate',
  label: 'triage.label',
  status: 'state.status',
  sourceType: 'state.sourceType',
} as const;

const INDEXES: mongo.IndexDescription[] = [
  { key: { 'state.participants': 1 } },
  // Conditional writes on SecantusDB need an index holding their whole filter (ADR 0010).
  { key: { _id: 1, position: 1 } },
  { key: { _id: 1, triagePosition: 1 } },
  { key: { [ORG]: 1, ...INBOX_ORDER }, name: 'inbox' },
  ...Object.entries(INBOX_FILTERS).map(([name, field]) => ({
    key: { [ORG]: 1, [field]: 1, ...INBOX_ORDER },
    name: `inbox_${name}`,
  })),
];

/** Documents a page may look at before it answers with what it found and where it stopped. */
const SCAN_BUDGET = 2_000;
const SCAN_BATCH = 200;
const MAX_CONFLICT_RETRIES = 5;
const STATUS_ORDER: SubmissionStatus[] = [
  'submitted',
  'returned',
  'accepted',
  'not-used',
  'merged',
  'withdrawn',
];

const isDuplicateKey = (error: unknown): boolean => {
  const { code, writeErrors } = (error ?? {}) as {
    code?: number;
    writeErrors?: Array<{ code?: number }>;
  };
  return code === 11000 || (writeErrors ?? []).some((writeError) => writeError.code === 11000);
};

class ConcurrentWriteError extends Error {
  constructor() {
    super(`${submissionsReadModel.name}: a document changed while it was being folded`);
  }
}

const entryOf = (document: SubmissionDocument): InboxEntry => ({
  view: document.state!,
  triage: document.triage ?? null,
});

const isItem = (document: SubmissionDocument | null): document is Required<SubmissionDocument> =>
  Boolean(document?.position && document.state);

/** The gateway's read model of items: intake's events, with triage's answer about each. */
export class MongoSubmissionReadModel
  implements SubmissionReadModel, SubmissionsFeed, InboxReadModel
{
  private constructor(private readonly documents: Collection<SubmissionDocument>) {}

  static async open(connection: Connection): Promise<MongoSubmissionReadModel> {
    const documents = connection.collection<SubmissionDocument>(submissionsReadModel.collection);
    await documents.createIndexes(INDEXES);
    return new MongoSubmissionReadModel(documents);
  }

  /** Folds intake's `submission` streams and triage's `triage` streams; other events pass by. */
  async apply(events: readonly EventEnvelope[]): Promise<void> {
    for (const part of PARTS) {
      const byDocument = new Map<string, EventEnvelope[]>();
      for (const event of events) {
        const category = streamCategory(event.streamId);
        if (category !== part.category) continue;
        const id = streamIdOf('submission', event.streamId.slice(category.length + 1));
        byDocument.set(id, [...(byDocument.get(id) ?? []), event]);
      }
      if (byDocument.size > 0) await this.foldWithRetries(part, byDocument);
    }
  }

  async find(submissionId: string): Promise<StoredSubmission | null> {
    const document = await this.documents.findOne({ _id: streamIdOf('submission', submissionId) });
    return isItem(document) ? { version: document.position, view: document.state } : null;
  }

  async findMany(submissionIds: readonly string[]): Promise<SubmissionView[]> {
    const documents = await this.documents
      .find({ _id: { $in: submissionIds.map((id) => streamIdOf('submission', id)) } })
      .toArray();
    return documents.filter(isItem).map((document) => document.state);
  }

  async listFor(userId: string, limit: number): Promise<SubmissionView[]> {
    const documents = await this.documents
      .find({ 'state.participants': userId })
      // Stream ids end in UUIDv7s, so their order is the order of creation.
      .sort({ _id: -1 })
      .limit(limit)
      .toArray();
    return documents.filter(isItem).map((document) => document.state);
  }

  /**
   * Reads the committee's items in inbox order from `after`, batch by batch, each batch a query
   * of the committee, one filter and the submission-time range (one index), narrowed in code by
   * the rest. Keyset pages without `$or`: the items submitted in the same millisecond as the
   * last one read come first (`submittedAt` equal, smaller id), then the earlier ones.
   */
  async inbox(filter: InboxFilter, after: InboxPosition | null, limit: number): Promise<InboxScan> {
    const [indexed, ...others] = (Object.keys(INBOX_FILTERS) as (keyof typeof INBOX_FILTERS)[])
      .filter((name) => filter[name] !== undefined && filter[name] !== false)
      .map((name) => ({ [INBOX_FILTERS[name]]: name === 'duplicatesOnly' ? true : filter[name] }));
    const base = { [ORG]: filter.organisationId, ...indexed };
    const batch = others.length > 0 || filter.text ? SCAN_BATCH : Math.min(limit, SCAN_BATCH);
    const entries: InboxEntry[] = [];
    let position = after;
    let ties = after !== null;
    let scanned = 0;
    while (scanned < SCAN_BUDGET) {
      const query = ties
        ? {
            ...base,
            [SUBMITTED_AT]: position!.submittedAt,
            'state.submissionId': { $lt: position!.submissionId },
          }
        : { ...base, [SUBMITTED_AT]: this.range(filter, position) };
      const documents = await this.documents.find(query).sort(INBOX_ORDER).limit(batch).toArray();
      for (const document of documents) {
        scanned += 1;
        const { submittedAt, submissionId } = document.state!;
        position = { submittedAt: submittedAt!, submissionId: submissionId! };
        if (isItem(document) && matchesInbox(filter, entryOf(document))) {
          entries.push(entryOf(document));
        }
        if (entries.length === limit) return { entries, scannedTo: position };
      }
      if (documents.length === batch) ties = true;
      else if (ties) ties = false;
      else return { entries, scannedTo: null };
    }
    return { entries, scannedTo: position };
  }

  async inboxFacets(organisationId: string): Promise<InboxFacets> {
    const groups = await this.documents
      .aggregate<{ _id: { status: SubmissionStatus; label?: string | null }; count: number }>([
        { $match: { [ORG]: organisationId, [SUBMITTED_AT]: SUBMITTED } },
        {
          $group: {
            _id: { status: '$state.status', label: '$triage.label' },
            count: { $sum: 1 },
          },
        },
      ])
      .toArray();
    const statuses = new Map<SubmissionStatus, number>();
    const labels = new Map<string | null, number>();
    let total = 0;
    for (const { _id, count } of groups) {
      if (!STATUS_ORDER.includes(_id.status)) continue;
      total += count;
      statuses.set(_id.status, (statuses.get(_id.status) ?? 0) + count);
      labels.set(_id.label ?? null, (labels.get(_id.label ?? null) ?? 0) + count);
    }
    return {
      total,
      byStatus: STATUS_ORDER.filter((status) => statuses.has(status)).map((status) => ({
        status,
        count: statuses.get(status)!,
      })),
      byLabel: [...labels]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || String(a.label).localeCompare(String(b.label))),
    };
  }

  /** Submitted (drafts have no time), within the filter's dates, before the position. */
  private range(filter: InboxFilter, position: InboxPosition | null) {
    const upper = [position?.submittedAt, filter.submittedBefore]
      .filter((bound): bound is string => Boolean(bound))
      .sort()[0];
    return {
      ...(filter.submittedFrom ? { $gte: filter.submittedFrom } : SUBMITTED),
      ...(upper && { $lt: upper }),
    };
  }

  private async foldWithRetries<State>(
    part: Part<State>,
    byDocument: Map<string, EventEnvelope[]>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.fold(part, byDocument);
      } catch (error) {
        // Another writer moved one of these documents: fold again from what it wrote.
        const conflict = isDuplicateKey(error) || error instanceof ConcurrentWriteError;
        if (!conflict || attempt >= MAX_CONFLICT_RETRIES) throw error;
      }
    }
  }

  /**
   * Each part is written with `$set` on its own fields, on condition of the position it was
   * folded from, so intake's and triage's events never overwrite each other and a redelivery
   * changes nothing. A missing position is matched as null: the upsert then inserts the
   * document, or fails as a duplicate key when someone else wrote it meanwhile.
   */
  private async fold<State>(part: Part<State>, byDocument: Map<string, EventEnvelope[]>) {
    const found = await this.documents.find({ _id: { $in: [...byDocument.keys()] } }).toArray();
    const current = new Map(found.map((document) => [document._id, document]));
    const writes: mongo.AnyBulkWriteOperation<SubmissionDocument>[] = [];
    for (const [id, streamEvents] of byDocument) {
      const document = current.get(id) as Record<string, unknown> | undefined;
      const before = {
        position: (document?.[part.position] as number | undefined) ?? 0,
        state: (document?.[part.state] as State | undefined) ?? part.initial(),
      };
      const after = foldStream(before, streamEvents, part.evolve);
      if (after.position === before.position) continue;
      writes.push({
        updateOne: {
          filter: { _id: id, [part.position]: before.position || null },
          update: { $set: { [part.position]: after.position, [part.state]: after.state } },
          upsert: true,
        },
      });
    }
    if (writes.length === 0) return;
    const result = await this.documents.bulkWrite(writes, { ordered: false });
    if (result.matchedCount + result.upsertedCount < writes.length) {
      throw new ConcurrentWriteError();
    }
  }
}
