import { newId, SUBMISSION_EVENTS } from '@opinion/contracts';
import { createKafka, createOrderedProducer } from '@opinion/messaging';
import { rebuildReadModel, type ReadModelDefinition } from '@opinion/projections';
import { eventually, testInfrastructure, uniqueName } from '@opinion/testing';
import { SCREENING_TOPIC } from './intake-runtime';
import { mySubmissionsReadModel } from './read-models';
import { returnedByEditor } from './testing/intake-fixtures';
import { startIntakeTestApp, type IntakeTestApp } from './testing/intake-test-app';

const member = { 'x-user-id': 'm-1', 'x-user-role': 'member', 'x-org-id': 'org-county' };
const content = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '老龄人口增加', problem: '日间照料不足', suggestions: '增设日间照料中心' },
  coSubmitters: [{ userId: 'm-2', name: '李四' }],
  attachments: [
    { name: '调研.pdf', size: 1024, mediaType: 'application/pdf', sha256: 'a'.repeat(64) },
  ],
};
const item = { ...content, sourceType: 'member' };

/** The parts of the API's JSON answers these tests look at. */
interface Answer {
  submissionId: string;
  submission: { status: string };
  items: unknown[];
  errors: Array<{ field: string; message: string }>;
}
const body = async (response: Response) => (await response.json()) as Answer;

describe('intake over HTTP, on the real servers', () => {
  let intake: IntakeTestApp;
  let base: string;

  beforeAll(async () => {
    intake = await startIntakeTestApp('intake', { INTAKE_BODY_LIMIT: '16kb' });
    base = intake.url;
  });
  afterAll(() => intake?.close());

  const call = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...member, ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const eventsOf = (submissionId: string) =>
    intake.connection
      .collection('event_commits')
      .find({ streamId: `submission-${submissionId}` })
      .toArray()
      .then((commits) => commits.flatMap((commit) => commit.events as Array<{ type: string }>));

  it('submits, reads back with an ETag, and keeps one event for a repeated Idempotency-Key', async () => {
    const key = { 'idempotency-key': uniqueName('key') };
    const first = await call('POST', '/submissions', item, key);
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"1"');
    const { submissionId } = await body(first);

    const again = await call('POST', '/submissions', item, key);
    expect(again.status).toBe(200);
    expect((await body(again)).submissionId).toBe(submissionId);
    expect(await eventsOf(submissionId)).toHaveLength(1);

    const reused = await call('POST', '/submissions', { ...item, title: '另一条' }, key);
    expect(reused.status).toBe(422);

    const read = await call('GET', `/submissions/${submissionId}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect((await body(read)).submission).toMatchObject({
      status: 'submitted',
      submitter: { userId: 'm-1' },
      revisions: [{ revision: 1, content: { title: item.title } }],
    });

    await eventually(async () => {
      const list = await call('GET', '/submissions?submitter=m-1');
      expect((await body(list)).items).toEqual(
        expect.arrayContaining([expect.objectContaining({ submissionId, status: 'submitted' })]),
      );
    });
    expect((await call('GET', '/submissions?submitter=m-9')).status).toBe(403);
  });

  it('withdraws, refusing a stale If-Match with 412', async () => {
    const { submissionId } = await body(await call('POST', '/submissions', item));
    const stale = await call(
      'POST',
      `/submissions/${submissionId}/withdraw`,
      {},
      { 'if-match': '"0"' },
    );
    expect(stale.status).toBe(412);
    const withdrawn = await call(
      'POST',
      `/submissions/${submissionId}/withdraw`,
      { reason: '已解决' },
      { 'if-match': '"1"' },
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.headers.get('etag')).toBe('"2"');
    const again = await call('POST', `/submissions/${submissionId}/withdraw`, {});
    expect(again.status).toBe(409);
  });

  it('lets a co-submitter revise after the editorial service returned the item', async () => {
    const { submissionId } = await body(await call('POST', '/submissions', item));
    expect((await call('POST', `/submissions/${submissionId}/revisions`, content)).status).toBe(
      409,
    );

    // The editorial service's decision, as it would arrive on its topic.
    const kafka = createKafka(testInfrastructure().KAFKA_BROKERS, 'intake-test-editorial');
    const producer = createOrderedProducer(kafka);
    await producer.connect();
    const returned = returnedByEditor(submissionId);
    await producer.send({
      topic: SCREENING_TOPIC,
      messages: [{ key: returned.streamId, value: JSON.stringify(returned) }],
    });
    await producer.disconnect();

    await eventually(async () => {
      const read = await body(await call('GET', `/submissions/${submissionId}`));
      expect(read.submission.status).toBe('returned');
    });
    const revised = await call(
      'POST',
      `/submissions/${submissionId}/revisions`,
      { ...content, title: '关于加强社区居家养老服务的建议', note: '补充了数据' },
      { 'x-user-id': 'm-2', 'if-match': '"2"' },
    );
    expect(revised.status).toBe(200);
    const types = (await eventsOf(submissionId)).map((event) => event.type);
    expect(types).toEqual([
      SUBMISSION_EVENTS.submitted,
      SUBMISSION_EVENTS.screeningRecorded,
      SUBMISSION_EVENTS.revised,
    ]);
  });

  it('saves a draft, resumes it and submits it', async () => {
    const created = await call('POST', '/submissions/drafts', { title: '关于……的建议' });
    expect(created.status).toBe(201);
    const { submissionId } = await body(created);
    expect((await call('POST', `/submissions/${submissionId}/submit`)).status).toBe(422);
    const saved = await call('PUT', `/submissions/drafts/${submissionId}`, item, {
      'if-match': '"1"',
    });
    expect(saved.status).toBe(200);
    const submitted = await call(
      'POST',
      `/submissions/${submissionId}/submit`,
      {},
      { 'if-match': '"2"' },
    );
    expect(submitted.status).toBe(200);
    expect(submitted.headers.get('etag')).toBe('"3"');
  });

  it('rebuilds "my items" from the event store to what the live projection shows', async () => {
    const { submissionId } = await body(await call('POST', '/submissions', item));
    const myItems = async () => (await body(await call('GET', '/submissions?submitter=m-1'))).items;
    const live = await eventually(async () => {
      const items = await myItems();
      expect(items).toContainEqual(expect.objectContaining({ submissionId }));
      return items;
    });

    const { applied } = await rebuildReadModel(
      intake.connection,
      mySubmissionsReadModel as ReadModelDefinition,
    );
    expect(applied).toBeGreaterThan(0);
    expect(await myItems()).toEqual(live);
  });

  it('converts a proposal, crediting its proposers', async () => {
    const proposal = {
      proposal: {
        number: '2026-088',
        title: '关于改善老旧小区加装电梯的提案',
        body: '老旧小区加装电梯推进缓慢……',
        proposers: [{ userId: 'm-3', name: '王五' }],
      },
    };
    expect((await call('POST', '/proposal-conversions', proposal)).status).toBe(403);
    const converted = await call('POST', '/proposal-conversions', proposal, {
      'x-user-id': 'e-1',
      'x-user-role': 'editor',
    });
    expect(converted.status).toBe(201);
    const { submissionId } = await body(converted);
    const read = await body(
      await call('GET', `/submissions/${submissionId}`, undefined, { 'x-user-id': 'm-3' }),
    );
    expect(read.submission).toMatchObject({
      submitter: { userId: 'm-3' },
      sourceType: 'proposal-conversion',
    });
  });

  it('answers bad input with field errors in Chinese or English', async () => {
    const zh = await call('POST', '/submissions', { ...item, title: '' });
    expect(zh.status).toBe(400);
    const zhErrors = (await body(zh)).errors;
    expect(zhErrors).toEqual([
      { field: 'title', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
    ]);

    const en = await call(
      'POST',
      '/submissions',
      { ...item, title: '' },
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect((await body(en)).errors).toEqual([
      { field: 'title', message: expect.stringMatching(/^[\x20-\x7e]+$/) },
    ]);

    const injection = await call('POST', '/submissions', {
      ...item,
      title: { $gt: '' },
      $where: 'sleep(1000)',
    });
    expect(injection.status).toBe(400);
    expect(
      (await body(injection)).errors.map((error: { field: string }) => error.field).sort(),
    ).toEqual(['$where', 'title']);

    const tooLarge = await call('POST', '/submissions', {
      ...item,
      body: { text: '长'.repeat(20_000) },
    });
    expect(tooLarge.status).toBe(413);
    expect((await call('POST', '/submissions', '{"title":')).status).toBe(400);
  });

  it('requires the identity headers', async () => {
    const response = await fetch(`${base}/submissions/${newId()}`);
    expect(response.status).toBe(401);
    expect((await call('GET', `/submissions/${newId()}`)).status).toBe(404);
  });

  it('serves health, metrics and OpenAPI', async () => {
    const health = await fetch(`${base}/health`);
    expect(await body(health)).toMatchObject({
      status: 'ok',
      info: { mongodb: { status: 'up' }, kafka: { status: 'up' } },
    });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('http_request_duration_seconds');
    expect(metrics).toContain('outbox_relay_pending_commits');
    expect((await fetch(`${base}/docs-json`)).status).toBe(200);
  });
});
