import {
  EventRegistry,
  newId,
  registerSubmissionEvents,
  registerTriageEvents,
  SUBMISSION_EVENTS,
  TRIAGE_EVENTS,
  type ItemAssessed,
} from '@opinion/contracts';
import { eventStoreModels, EventStore } from '@opinion/event-store';
import { openTestDatabase, testInfrastructure, uniqueName, eventually } from '@opinion/testing';
import { COMMITTEE_DOMAINS, trainClassifier, type ClassifierModel } from '@opinion/text';
import { Job, type Worker } from 'bullmq';
import pino from 'pino';
import type { Connection } from 'mongoose';
import { ItemClassifier } from '../../application/models/item-classifier';
import { ModelRegistry } from '../../application/models/model-registry';
import {
  RetrainModelHandler,
  type RetrainOutcome,
} from '../../application/retrain-model/retrain-model-handler';
import { DefineTaxonomyHandler } from '../../application/taxonomies/define-taxonomy-handler';
import { TaxonomyRegistry } from '../../application/taxonomies/taxonomy-registry';
import { MongoAssessments } from '../../infrastructure/assessments-read-model';
import { MongoModelFiles } from '../../infrastructure/mongo-model-files';
import { MongoSubmissionTexts } from '../../infrastructure/mongo-submission-texts';
import { RetrainQueue } from '../../infrastructure/retrain-queue';
import { TriageMetrics } from '../../infrastructure/triage-metrics';
import { startRetrainWorker } from './retrain-worker';

const PLACES = [
  '河西镇',
  '城南街道',
  '东关村',
  '北湖社区',
  '新华路',
  '杨柳镇',
  '青石村',
  '南门街道',
];
// The model in use speaks the shipped labels, mapped into each organisation's taxonomy.
const LABELS = ['城乡建设', '教育文体'];
// Street lights are 城乡建设; school canteens 教育文化 (教育文体 in the shipped labels) — but the
// model in use was taught otherwise.
const lights = (place: string, n: number) => ({
  title: `关于${place}路灯损坏的建议`,
  body: `${place}第${n}段道路路灯长期不亮，夜间行人和车辆通行困难，建议尽快维修路灯并定期巡查。`,
});
const canteen = (place: string, n: number) => ({
  title: `关于${place}学校食堂的建议`,
  body: `${place}第${n}中学食堂饭菜价格偏高分量少，学生和家长意见较大，建议教育部门核查食堂成本。`,
});
const itemId = (scenario: number, n: number) =>
  `01900000-0000-7000-8000-${(scenario * 1000 + n).toString(16).padStart(12, '0')}`;

describe('retraining job on the real Redis and MongoDB', () => {
  let db: { connection: Connection; drop: () => Promise<void> };
  let store: EventStore;
  let assessments: MongoAssessments;
  let registry: ModelRegistry;
  let taxonomies: TaxonomyRegistry;
  let classifier: ItemClassifier;
  let queue: RetrainQueue;
  let worker: Worker;
  let current: ClassifierModel;

  /** Records items as intake and triage would have, each with an editor's label. */
  async function seed(
    orgId: string,
    scenario: number,
    label: (text: { title: string; body: string }) => string,
  ) {
    const metadata = {
      actor: { userId: 'e-1', role: 'editor' as const, orgId },
      correlationId: newId(),
      causationId: null,
    };
    for (let n = 0; n < 40; n += 1) {
      const text = (n % 2 === 0 ? lights : canteen)(PLACES[n % PLACES.length], n);
      const id = itemId(scenario, n);
      await store.append(
        `submission-${id}`,
        'no_stream',
        [
          {
            type: SUBMISSION_EVENTS.submitted,
            version: 1,
            data: {
              submissionId: id,
              submitter: { userId: 'm-1' },
              sourceType: 'member',
              origin: { kind: 'direct' },
              content: { title: text.title, body: { text: text.body }, coSubmitters: [] },
            },
          },
        ],
        metadata,
      );
      const predicted = classifier.classify(orgId, text);
      const assessed: ItemAssessed = {
        itemId: id,
        orgId,
        submittedAt: new Date().toISOString(),
        classification: predicted,
        duplicateOf: null,
        similarity: 0,
        repeats: [],
        clusterId: id,
      };
      const { events } = await store.append(
        `triage-${id}`,
        'no_stream',
        [
          { type: TRIAGE_EVENTS.itemAssessed, version: 1, data: assessed },
          {
            type: TRIAGE_EVENTS.classificationCorrected,
            version: 1,
            data: { itemId: id, label: label(text), previousLabel: predicted.label },
          },
        ],
        metadata,
      );
      await assessments.apply(events);
    }
  }

  async function run(orgId: string): Promise<RetrainOutcome> {
    const jobId = await queue.enqueue({ orgId, trigger: 'manual', requestedBy: 'e-1' });
    return eventually(async () => {
      const job = await Job.fromId(queue.queue, jobId);
      expect(await job?.getState()).toBe('completed');
      return job!.returnvalue as RetrainOutcome;
      // Training is CPU-bound and shares the machine with the other test files.
    }, 90_000);
  }

  beforeAll(async () => {
    db = await openTestDatabase('triage-retrain');
    const events = registerTriageEvents(registerSubmissionEvents(new EventRegistry()));
    const models = await eventStoreModels(db.connection);
    store = new EventStore(models, {
      registry: events,
      ownedCategories: ['submission', 'triage', 'triagemodel', 'triagetaxonomy'],
    });
    assessments = await MongoAssessments.open(db.connection);
    // The model in use: it learned that canteens are 城乡建设.
    current = trainClassifier(
      Array.from({ length: 16 }, (_, n) => ({
        ...(n % 2 === 0 ? lights : canteen)(PLACES[n % 8], 100 + n),
        label: LABELS[0],
      })).concat([
        {
          title: '关于学校体育课的建议',
          body: '学生体育课时间不足，建议增加体育课和课外活动。',
          label: LABELS[1],
        },
      ]),
    );
    registry = new ModelRegistry('in-use', current);
    taxonomies = new TaxonomyRegistry();
    classifier = new ItemClassifier(registry, taxonomies);
    const files = new MongoModelFiles(db.connection);
    const handler = new RetrainModelHandler(
      store,
      assessments,
      new MongoSubmissionTexts(models, events),
      registry,
      taxonomies,
      files,
      {
        minCorrections: 10,
        maxCorrections: 1_000,
        weakRows: 0,
      },
    );
    const prefix = uniqueName('triage-retrain-test');
    const { REDIS_URL } = testInfrastructure();
    queue = new RetrainQueue(REDIS_URL, prefix);
    worker = startRetrainWorker(handler, {
      redisUrl: REDIS_URL,
      prefix,
      outcomes: new TriageMetrics(),
      logger: pino({ level: 'silent' }),
    });
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.queue.obliterate({ force: true });
    await queue?.close();
    await db?.drop();
  });

  it('adopts a candidate for the committee domains that scores better on the held-back corrections', async () => {
    const orgId = uniqueName('org');
    await seed(orgId, 1, (text) => (text.title.includes('食堂') ? '教育文化' : '城乡建设'));
    const outcome = await run(orgId);
    expect(outcome).toMatchObject({ outcome: 'adopted' });
    if (outcome.outcome !== 'adopted') return;
    expect(outcome.macroF1New).toBeGreaterThan(outcome.macroF1Previous);
    const adopted = await store.readStream(`triagemodel-${orgId}`);
    expect(adopted).toHaveLength(1);
    expect(adopted[0].data).toMatchObject({ modelId: outcome.modelId, previousModelId: 'in-use' });
    expect(registry.modelFor(orgId).modelId).toBe(outcome.modelId);
    expect(classifier.classify(orgId, canteen('西城区', 7)).label).toBe('教育文化');
    expect((await new MongoModelFiles(db.connection).load(outcome.modelId)).labels).toEqual(
      COMMITTEE_DOMAINS,
    );
  });

  it('trains a model with the labels of an organisation’s own taxonomy', async () => {
    const orgId = uniqueName('org');
    const labels = ['市政设施', '学校教育', '其他'];
    await new DefineTaxonomyHandler(store, taxonomies, registry).execute({
      orgId,
      request: {
        labels,
        mapping: [
          { modelLabel: '城乡建设', label: '市政设施' },
          { modelLabel: '教育文体', label: '学校教育' },
        ],
      },
      locale: 'zh-CN',
      metadata: {
        actor: { userId: 'a-1', role: 'admin', orgId },
        correlationId: newId(),
        causationId: null,
      },
    });
    // The model in use, mapped: canteens are 市政设施 too.
    expect(classifier.classify(orgId, canteen('西城区', 7)).label).toBe('市政设施');
    await seed(orgId, 3, (text) => (text.title.includes('食堂') ? '学校教育' : '市政设施'));
    const outcome = await run(orgId);
    expect(outcome).toMatchObject({ outcome: 'adopted' });
    if (outcome.outcome !== 'adopted') return;
    expect((await new MongoModelFiles(db.connection).load(outcome.modelId)).labels).toEqual(labels);
    expect(classifier.classify(orgId, canteen('西城区', 7))).toMatchObject({
      label: '学校教育',
      modelId: outcome.modelId,
    });
  });

  jest.setTimeout(120_000);

  it('rejects a candidate that does no better, recording nothing', async () => {
    const orgId = uniqueName('org');
    await seed(orgId, 2, (text) => classifier.classify(orgId, text).label);
    expect(await run(orgId)).toMatchObject({ outcome: 'rejected', reason: 'not-better' });
    expect(await store.readStream(`triagemodel-${orgId}`)).toEqual([]);
    expect(registry.modelFor(orgId).modelId).toBe('in-use');
  });
});
