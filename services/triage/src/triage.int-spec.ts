import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@opinion/config';
import {
  EventRegistry,
  newId,
  registerSubmissionEvents,
  TRIAGE_EVENTS,
  type Submitted,
} from '@opinion/contracts';
import {
  eventStoreModels,
  EventStore,
  VOID_CATEGORY,
  type EventStoreModels,
} from '@opinion/event-store';
import { createKafka, OutboxRelay } from '@opinion/messaging';
import {
  eventually,
  mongoUriForDatabase,
  openTestDatabase,
  testInfrastructure,
  uniqueName,
} from '@opinion/testing';
import type { Kafka } from 'kafkajs';
import { COMMITTEE_DOMAINS } from '@opinion/text';
import { Converter } from 'opencc-js';
import type { Connection } from 'mongoose';
import { createTriageApp } from './create-triage-app';
import { triageConfigSchema, type TriageConfig } from './infrastructure/triage-config';
import { appendSubmitted } from './testing/append-submitted';
import { SUBMISSION_TOPIC, triageConsumerGroups, TRIAGE_TOPIC } from './triage-runtime';

// The submission topic is shared with other tests: this run's items belong to an org of its own.
const orgId = uniqueName('org');
const member = { 'x-user-id': 'm-1', 'x-user-role': 'member', 'x-org-id': orgId };
const editor = { ...member, 'x-user-id': 'e-1', 'x-user-role': 'editor' };
// An organisation that defines a taxonomy of its own.
const ownOrgId = uniqueName('org');
const admin = { 'x-user-id': 'a-1', 'x-user-role': 'admin', 'x-org-id': ownOrgId };
const OWN_TAXONOMY = {
  labels: ['市政设施', '学校教育', '其他'],
  mapping: [
    { modelLabel: '城乡建设', label: '市政设施' },
    { modelLabel: '交通运输', label: '市政设施' },
    { modelLabel: '教育文体', label: '学校教育' },
  ],
};

// Texts of this run only, so that copies left on the shared topic by earlier runs match nothing.
const HAN =
  '河西镇石板桥建于上世纪七十年代是附近三个村两千多名群众和小学学生上学的必经之路目前面多处开裂护栏松动雨天积水严重去年冬已有村民滑倒受伤存在较大安全隐患建议政府尽快组织专业机构进行检测及时维修加固并在期间设置警示标志';
const randomSentence = (length: number) =>
  Array.from({ length }, () => HAN[Math.floor(Math.random() * HAN.length)]).join('');
const paragraphs = [randomSentence(60), randomSentence(60), randomSentence(60)];
const toTraditional = Converter({ from: 'cn', to: 'hk' });

const ORIGINAL = {
  coSubmitters: [],
  title: `关于${randomSentence(12)}的建议`,
  body: { situation: paragraphs[0], problem: paragraphs[1], suggestions: paragraphs[2] },
};
// The same report in traditional characters, under a header line and as one text.
const DISGUISED = {
  coSubmitters: [],
  title: toTraditional(ORIGINAL.title),
  body: { text: ['来源：河西镇信息联系点', ...paragraphs.map(toTraditional)].join('\n') },
};

interface Assessed {
  itemId: string;
  duplicateOf: string | null;
  clusterId: string;
  classification: { label: string; confidence: number; modelId: string };
}

describe('triage on the real servers', () => {
  let db: { connection: Connection; drop: () => Promise<void> };
  let config: TriageConfig;
  let app: NestExpressApplication | undefined;
  let base: string;
  let intake: EventStore;
  let relay: OutboxRelay;
  let kafka: Kafka;
  let models: EventStoreModels;
  const submitted: string[] = [];
  const ours: string[] = [];

  const startApp = async () => {
    app = await createTriageApp(config);
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  };
  /** The consumer starts at the topic's end once it has joined: wait until a canary gets through. */
  const waitForConsumer = async () => {
    for (;;) {
      const canary = await submit(
        { coSubmitters: [], title: randomSentence(10), body: { text: randomSentence(80) } },
        false,
      );
      try {
        return await eventually(async () => {
          expect(await assessedIds()).toContain(canary);
        }, 5_000);
      } catch {
        // Published before the group joined: try again.
      }
    }
  };
  const assessedIds = async () =>
    (await db.connection.collection('event_commits').find({ category: 'triage' }).toArray()).map(
      (commit) => (commit.events as Array<{ data: { itemId: string } }>)[0].data.itemId,
    );
  const call = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = member,
  ) =>
    fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  /** Simulates intake: appends a submitted event to a submission stream and publishes it. */
  const submit = async (content: Submitted['content'], counted = true, org = orgId) => {
    const submissionId = await appendSubmitted(intake, content, {
      actor: { userId: 'm-1', role: 'member', orgId: org },
      correlationId: newId(),
      causationId: null,
    });
    while ((await relay.publishPending()) > 0);
    if (counted) submitted.push(submissionId);
    ours.push(submissionId);
    return submissionId;
  };
  const triageEvents = async () =>
    (await db.connection.collection('event_commits').find({ category: 'triage' }).toArray())
      .flatMap((commit) => commit.events as Array<{ type: string; data: Assessed }>)
      .filter((event) => event.type === TRIAGE_EVENTS.itemAssessed)
      .map((event) => event.data)
      .filter((data) => submitted.includes(data.itemId))
      .sort((a, b) => submitted.indexOf(a.itemId) - submitted.indexOf(b.itemId));

  beforeAll(async () => {
    db = await openTestDatabase('triage');
    const env = testInfrastructure();
    config = loadConfig(triageConfigSchema, {
      MONGODB_URI: mongoUriForDatabase(env.MONGODB_URI, db.connection.name),
      KAFKA_BROKERS: env.KAFKA_BROKERS.join(','),
      REDIS_URL: env.REDIS_URL,
      TRIAGE_PORT: '0',
      TRIAGE_CONSUMER_GROUP: uniqueName('triage-test'),
      TRIAGE_QUEUE_PREFIX: uniqueName('triage-test'),
      TRIAGE_RETRAIN_SCHEDULE: '',
      TRIAGE_RETRAIN_WORKER: 'false',
      KAFKA_CONSUMER_START: 'latest',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    });
    const registry = registerSubmissionEvents(new EventRegistry());
    models = await eventStoreModels(db.connection);
    intake = new EventStore(models, { registry, ownedCategories: ['submission'] });
    kafka = createKafka(env.KAFKA_BROKERS, 'triage-test-intake');
    relay = new OutboxRelay(models, kafka, { categories: ['submission'] });
    await startApp();
    await waitForConsumer();
  });
  afterAll(async () => {
    await app?.close();
    await relay?.stop();
    await db?.drop();
  });

  it('finds the disguised copy, clusters both, classifies, and restores the same index on restart', async () => {
    const first = await submit(ORIGINAL);
    const second = await submit(DISGUISED);
    const assessed = await eventually(async () => {
      const events = await triageEvents();
      expect(events).toHaveLength(2);
      return new Map(events.map((event) => [event.itemId, event]));
    });
    expect(assessed.get(first)).toMatchObject({ duplicateOf: null, clusterId: first });
    expect(assessed.get(second)).toMatchObject({ duplicateOf: first, clusterId: first });
    expect(assessed.get(second)!.classification).toMatchObject({ modelId: 'tipdm2020c' });
    // No taxonomy of its own: the committee domains.
    expect(COMMITTEE_DOMAINS).toContain(assessed.get(second)!.classification.label);
    expect(assessed.get(second)!.classification.label).toBe(
      assessed.get(first)!.classification.label,
    );

    const item = await eventually(async () => {
      const response = await call('GET', `/triage/items/${second}`);
      expect(response.status).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    });
    expect(item).toMatchObject({ duplicateOf: first, cluster: { clusterId: first, size: 2 } });
    expect((await fetch(`${base}/triage/items/${second}`)).status).toBe(401);

    await app!.close();
    // Other test files publish to the shared submission topic meanwhile; their texts live in their
    // own databases. Keep this log to this run's items, as one deployment's log would be.
    // Their positions stay taken, as void commits: the log has no holes.
    await db.connection
      .collection('event_commits')
      .updateMany(
        { category: 'triage', streamId: { $nin: ours.map((id) => `triage-${id}`) } },
        { $set: { category: VOID_CATEGORY, events: [] } },
      );
    await startApp();
    // Redelivery (as by a relay whose checkpoint was lost) appends nothing new ...
    const redelivery = new OutboxRelay(models, kafka, {
      categories: ['submission'],
      name: uniqueName('redelivery'),
    });
    while ((await redelivery.publishPending()) > 0);
    await redelivery.stop();
    // ... and the rebuilt index answers a third copy as the first index would have.
    const third = await submit(DISGUISED);
    await eventually(async () => expect(await triageEvents()).toHaveLength(3));
    const after = new Map((await triageEvents()).map((event) => [event.itemId, event]));
    expect(after.get(first)).toEqual(assessed.get(first));
    expect(after.get(second)).toEqual(assessed.get(second));
    expect(after.get(third)).toMatchObject({ clusterId: first });
    expect([first, second]).toContain(after.get(third)!.duplicateOf);
    // The restart restored the snapshot written at shutdown: no item left to replay.
    expect(await (await fetch(`${base}/metrics`)).text()).toContain(
      'triage_index_start_replayed_items{path="snapshot"} 0',
    );
  });

  it('lists earlier look-alike items for a text about to be submitted, without indexing it', async () => {
    const response = await call('POST', '/triage/similar', {
      title: '河西镇石板桥需要维修',
      body: ORIGINAL.body.problem + ORIGINAL.body.suggestions,
    });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { notice: string; items: Array<{ itemId: string }> };
    expect(answer.notice).toBe('这些信息可能与您要报送的内容相似');
    const [first] = await triageEvents();
    expect(answer.items.map((found) => found.itemId)).toContain(first.itemId);
    expect(await triageEvents()).toHaveLength(3);
  });

  it('lets editors, and only editors, correct a classification', async () => {
    const [first] = await triageEvents();
    const label = first.classification.label === '社会治理' ? '农业农村' : '社会治理';
    const path = `/triage/items/${first.itemId}/classification`;
    expect((await call('POST', path, { label })).status).toBe(403);
    const unknown = await call('POST', path, { label: '交通运输' }, editor);
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({
      code: 'unknown-label',
      labels: COMMITTEE_DOMAINS,
    });
    const read = await call('GET', `/triage/items/${first.itemId}`);
    expect(read.headers.get('etag')).toBe('"1"');
    const malformed = await call('POST', path, { label }, { ...editor, 'if-match': 'latest' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'if-match' })],
    });
    const stale = await call('POST', path, { label }, { ...editor, 'if-match': '"7"' });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ code: 'version-stale', currentVersion: 1 });
    const corrected = await call('POST', path, { label }, { ...editor, 'if-match': '"1"' });
    expect(corrected.status).toBe(200);
    expect(corrected.headers.get('etag')).toBe('"2"');
    expect(await corrected.json()).toMatchObject({
      label,
      previousLabel: first.classification.label,
    });
    await eventually(async () => {
      const response = await call('GET', `/triage/items/${first.itemId}`);
      expect(response.headers.get('etag')).toBe('"2"');
      expect(await response.json()).toMatchObject({ label, correction: { by: 'e-1' } });
    });
  });

  it('lets administrators define an organisation’s taxonomy, used for its new items only', async () => {
    const path = `/triage/taxonomies/${ownOrgId}`;
    const before = await call('GET', path, undefined, admin);
    expect(before.headers.get('etag')).toBe('"0"');
    expect(await before.json()).toMatchObject({ isDefault: true, labels: COMMITTEE_DOMAINS });

    expect(
      (await call('PUT', path, OWN_TAXONOMY, { ...admin, 'x-user-role': 'editor' })).status,
    ).toBe(403);
    const invalid = await call(
      'PUT',
      path,
      { labels: ['其他', '其他'], mapping: [{ modelLabel: '教育文体', label: '教育' }] },
      admin,
    );
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({
      code: 'invalid-taxonomy',
      errors: [
        { field: 'labels.1', message: '类别不能重复' },
        { field: 'mapping.0.label', message: '映射目标不是本分类体系的类别' },
      ],
    });
    expect((await call('PUT', path, OWN_TAXONOMY, { ...admin, 'if-match': '"3"' })).status).toBe(
      412,
    );
    const defined = await call('PUT', path, OWN_TAXONOMY, { ...admin, 'if-match': '"0"' });
    expect(defined.status).toBe(200);
    expect(defined.headers.get('etag')).toBe('"1"');
    const after = await call('GET', path, undefined, admin);
    expect(await after.json()).toMatchObject({ ...OWN_TAXONOMY, isDefault: false, version: 1 });

    const itemId = await submit(
      {
        coSubmitters: [],
        title: `关于${randomSentence(6)}中学食堂饭菜价格偏高的建议`,
        body: { text: `学校食堂饭菜价格偏高分量少，${randomSentence(40)}，建议教育部门核查。` },
      },
      false,
      ownOrgId,
    );
    const item = await eventually(async () => {
      const response = await call('GET', `/triage/items/${itemId}`, undefined, admin);
      expect(response.status).toBe(200);
      return (await response.json()) as { label: string; top: Array<{ label: string }> };
    });
    expect(OWN_TAXONOMY.labels).toContain(item.label);
    for (const { label } of item.top) expect(OWN_TAXONOMY.labels).toContain(label);
    const outside = await call(
      'POST',
      `/triage/items/${itemId}/classification`,
      { label: '教育文化' },
      {
        ...editor,
        'x-org-id': ownOrgId,
      },
    );
    expect(outside.status).toBe(422);
    expect(await outside.json()).toMatchObject({
      code: 'unknown-label',
      labels: OWN_TAXONOMY.labels,
    });

    // The other organisation keeps the committee domains, and its earlier items their labels.
    const other = await call('GET', `/triage/taxonomies/${orgId}`);
    expect(await other.json()).toMatchObject({ isDefault: true, labels: COMMITTEE_DOMAINS });
  });

  it('ranks the cluster among the organisation hot issues and serves health, metrics and docs', async () => {
    const hot = await call('GET', `/triage/hot-issues?orgId=${orgId}&weeks=2`);
    expect(hot.status).toBe(200);
    const [first] = await triageEvents();
    expect(await hot.json()).toMatchObject({
      issues: [{ clusterId: first.itemId, size: 3, thisWeek: 3, weekly: [0, 3] }],
    });
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('triage_events_processed_total');
    expect(metrics).toContain('outbox_relay_pending_commits');
    // The @KafkaControllers' groups keep the ids (so the committed offsets) of the consumers before.
    const lag = [
      ...metrics.matchAll(/kafka_consumer_lag_messages\{group="([^"]+)",topic="([^"]+)"\}/g),
    ].map(([, group, topic]) => [group, topic]);
    const prefix = config.TRIAGE_CONSUMER_GROUP;
    expect(lag.sort()).toEqual([
      [`${prefix}.assess`, SUBMISSION_TOPIC],
      [`${prefix}.assessments`, TRIAGE_TOPIC],
      [`${prefix}.models`, TRIAGE_TOPIC],
    ]);
    expect(triageConsumerGroups(config)).toEqual(lag.map(([group]) => group));
    const docs = (await (await fetch(`${base}/docs-json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
    };
    const itemParameters = docs.paths['/triage/items/{itemId}'].get.parameters ?? [];
    expect(itemParameters.filter((parameter) => parameter.in === 'header')).toEqual(
      expect.arrayContaining(
        ['x-user-id', 'x-user-role', 'x-org-id'].map((name) => expect.objectContaining({ name })),
      ),
    );
  });
});
