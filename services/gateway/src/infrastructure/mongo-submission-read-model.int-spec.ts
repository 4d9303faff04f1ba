import {
  EventRegistry,
  registerSubmissionEvents,
  SUBMISSION_EVENTS,
  type EventEnvelope,
} from '@opinion/contracts';
import {
  describeQuery,
  explain,
  mongoUriForDatabase,
  recordQueries,
  recordedAs,
  testInfrastructure,
  uniqueName,
} from '@opinion/testing';
import mongoose, { type Connection } from 'mongoose';
import type { InboxFilter, InboxPosition } from '../application/ports/inbox-read-model';
import { emptySubmissionView, evolveSubmissionView } from '../read-models/submission-view';
import { triageEventsOf } from '../testing/triage-events';
import { MongoSubmissionReadModel } from './mongo-submission-read-model';

const registry = registerSubmissionEvents(new EventRegistry());
const ORG = 'demo-district';
const id = (n: number) => `019a0000-0000-7000-8000-0000000002${String(n).padStart(2, '0')}`;
const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 8, minute)).toISOString();

/** Intake's `submitted` (and, if asked, a screening outcome) for an item, at a given time. */
function submissionEvents(
  submissionId: string,
  options: { submittedAt: string; title?: string; orgId?: string; accepted?: boolean },
): EventEnvelope[] {
  const record = recordedAs({
    streamId: `submission-${submissionId}`,
    registry,
    metadata: {
      actor: { userId: 'member-id', role: 'member', orgId: options.orgId ?? ORG },
      correlationId: submissionId,
      causationId: null,
    },
    startsAt: new Date(options.submittedAt),
  });
  const submitted = record(
    {
      type: SUBMISSION_EVENTS.submitted,
      version: 1,
      data: {
        submissionId,
        submitter: { userId: 'member-id', name: '张委员' },
        sourceType: 'member',
        origin: { kind: 'direct' },
        content: {
          title: options.title ?? `关于第${submissionId.slice(-2)}号事项的建议`,
          body: { text: '社区养老服务不足。' },
          coSubmitters: [],
        },
      },
    },
    1,
  );
  if (!options.accepted) return [submitted];
  const accepted = record(
    {
      type: SUBMISSION_EVENTS.screeningRecorded,
      version: 1,
      data: { submissionId, screeningEventId: `screening-${submissionId}`, outcome: 'accepted' },
    },
    2,
  );
  return [submitted, accepted];
}

describe('MongoSubmissionReadModel (real MongoDB-wire server)', () => {
  let connection: Connection;
  let model: MongoSubmissionReadModel;

  beforeAll(async () => {
    const uri = mongoUriForDatabase(testInfrastructure().MONGODB_URI, uniqueName('gateway-items'));
    connection = await mongoose.createConnection(uri, { monitorCommands: true }).asPromise();
    model = await MongoSubmissionReadModel.open(connection);
  });
  afterAll(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  const pageThrough = async (filter: InboxFilter, limit: number) => {
    const ids: string[] = [];
    let after: InboxPosition | null = null;
    for (let page = 0; page < 20; page += 1) {
      const scan = await model.inbox(filter, after, limit);
      ids.push(...scan.entries.map((entry) => entry.view.submissionId!));
      if (!scan.scannedTo) break;
      after = scan.scannedTo;
    }
    return ids;
  };

  it('folds triage’s answer beside the item whichever comes first, each event once', async () => {
    const triage = triageEventsOf(id(1));
    await model.apply([
      triage.assessed({ label: '医疗卫生', duplicateOf: id(9), similarity: 0.95 }),
    ]);
    // Known to triage only: no item yet for any query.
    expect(await model.find(id(1))).toBeNull();
    expect(await model.findMany([id(1)])).toEqual([]);

    const submitted = submissionEvents(id(1), { submittedAt: at(1), accepted: true });
    await model.apply(submitted);
    await model.apply([...submitted, triage.corrected(2, '民生保障', '医疗卫生')]);
    await model.apply([triage.corrected(2, '民生保障', '医疗卫生')]);

    expect(await model.find(id(1))).toMatchObject({
      version: 2,
      view: { status: 'accepted', organisationId: ORG, submitterName: '张委员' },
    });
    const { entries } = await model.inbox({ organisationId: ORG }, null, 10);
    expect(entries).toEqual([
      expect.objectContaining({
        triage: expect.objectContaining({
          label: '民生保障',
          corrected: true,
          duplicate: true,
          duplicateOf: id(9),
        }),
      }),
    ]);
    const document = await connection.collection('gateway_submissions').findOne({});
    expect(document).toMatchObject({ position: 2, triagePosition: 2 });
  });

  it('loses neither part when intake’s and triage’s events of the same items are folded at once', async () => {
    const items = [10, 11, 12, 13, 14, 15].map(id);
    await Promise.all(
      items.flatMap((itemId, i) => [
        model.apply(submissionEvents(itemId, { submittedAt: at(10 + i), accepted: true })),
        model.apply([triageEventsOf(itemId).assessed({ label: `类别${i}` })]),
      ]),
    );
    const { entries } = await model.inbox({ organisationId: ORG, status: 'accepted' }, null, 50);
    const folded = new Map(entries.map((entry) => [entry.view.submissionId, entry]));
    for (const [i, itemId] of items.entries()) {
      expect(folded.get(itemId)).toMatchObject({
        view: { status: 'accepted' },
        triage: { label: `类别${i}` },
      });
    }
  });

  it('folds triage into a document written before the inbox existed (no triage fields)', async () => {
    const legacy = submissionEvents(id(20), { submittedAt: at(20) })[0];
    await connection.collection<{ _id: string }>('gateway_submissions').insertOne({
      _id: legacy.streamId,
      position: 1,
      state: { ...evolveSubmissionView(emptySubmissionView(), legacy), submitterName: undefined },
    } as never);
    await model.apply([triageEventsOf(id(20)).assessed({ label: '教育文化' })]);
    const { entries } = await model.inbox({ organisationId: ORG, label: '教育文化' }, null, 5);
    expect(entries.map((entry) => entry.view.submissionId)).toEqual([id(20)]);
  });

  it('pages in order across items submitted in the same millisecond, and narrows in code', async () => {
    const same = at(40);
    const tied = [30, 31, 32, 33, 34].map(id);
    for (const itemId of tied) await model.apply(submissionEvents(itemId, { submittedAt: same }));
    await model.apply(
      submissionEvents(id(35), { submittedAt: at(41), title: '关于加装电梯的建议' }),
    );
    await model.apply(submissionEvents(id(36), { submittedAt: at(39), orgId: 'demo-city' }));

    const window = { organisationId: ORG, submittedFrom: at(39), submittedBefore: at(42) };
    expect(await pageThrough(window, 2)).toEqual([id(35), ...[...tied].reverse()]);
    expect(await pageThrough(window, 1)).toEqual([id(35), ...[...tied].reverse()]);
    expect(await pageThrough({ ...window, text: '电梯' }, 2)).toEqual([id(35)]);
    expect(await pageThrough({ organisationId: 'demo-city' }, 5)).toEqual([id(36)]);
    expect(await pageThrough({ ...window, submittedBefore: same }, 5)).toEqual([]);
  });

  it('counts the committee’s items by status and by label', async () => {
    const facets = await model.inboxFacets(ORG);
    expect(facets.total).toBe(14);
    expect(facets.byStatus).toEqual([
      { status: 'submitted', count: 7 },
      { status: 'accepted', count: 7 },
    ]);
    expect(facets.byLabel).toEqual(
      expect.arrayContaining([
        { label: null, count: 6 },
        { label: '民生保障', count: 1 },
      ]),
    );
  });

  it('serves every inbox query from an index, never a collection scan', async () => {
    const recorder = recordQueries(connection);
    const after = { submittedAt: at(40), submissionId: id(33) };
    for (const filter of [
      {},
      { status: 'accepted' as const },
      { label: '民生保障', status: 'accepted' as const, text: '养老' },
      { sourceType: 'member' as const },
      { duplicatesOnly: true },
      { submittedFrom: at(0), submittedBefore: at(50) },
    ]) {
      await model.inbox({ organisationId: ORG, ...filter }, null, 3);
      await model.inbox({ organisationId: ORG, ...filter }, after, 3);
    }
    await model.inboxFacets(ORG);
    recorder.stop();
    const unique = new Map(recorder.queries.map((query) => [describeQuery(query), query]));
    const plans = await Promise.all(
      [...unique.values()].map((query) => explain(connection, query)),
    );
    const scans = plans.filter((plan) => plan.stages.includes('COLLSCAN'));
    expect(scans.map((plan) => describeQuery(plan.query))).toEqual([]);
    expect(plans.length).toBeGreaterThanOrEqual(10);
  });
});
