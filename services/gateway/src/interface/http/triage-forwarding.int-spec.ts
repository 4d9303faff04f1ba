import { eventually, mongoUriForDatabase, testInfrastructure, uniqueName } from '@opinion/testing';
import {
  call,
  startGatewayTestApp,
  tokenFor,
  type GatewayTestApp,
} from '../../testing/gateway-test-app';
import { startSiblingService, type SiblingService } from '../../testing/sibling-services';

// Texts of this run only: other runs' items on the shared submission topic must match nothing.
const HAN =
  '河西镇石板桥建于上世纪七十年代是附近三个村两千多名群众和小学学生上学的必经之路目前面多处开裂护栏松动雨天积水严重去年冬已有村民滑倒受伤存在较大安全隐患建议政府尽快组织专业机构进行检测及时维修加固并在期间设置警示标志';
const sentence = (length: number) =>
  Array.from({ length }, () => HAN[Math.floor(Math.random() * HAN.length)]).join('');
const paragraphs = [sentence(60), sentence(60), sentence(60)];
const item = {
  title: `关于${sentence(12)}的建议`,
  body: { situation: paragraphs[0], problem: paragraphs[1], suggestions: paragraphs[2] },
  sourceType: 'member',
};
const draft = { title: item.title, body: paragraphs.join('\n') };

interface SimilarAnswer {
  notice: string | null;
  items: Array<{ itemId: string; kind: string; title: string | null; status: string }>;
  hiddenCount: number;
}

describe('gateway forwarding to triage (intake, triage and the gateway in-process)', () => {
  let intake: SiblingService;
  let triage: SiblingService;
  let gateway: GatewayTestApp;
  let itemId: string;
  const tokenOf = (username: string) => tokenFor(gateway.url, username);
  const similarAs = async (username: string) => {
    const answer = await call(gateway.url, 'POST', '/triage/similar', {
      token: await tokenOf(username),
      body: draft,
    });
    expect(answer.status).toBe(200);
    return answer.body as unknown as SimilarAnswer;
  };

  beforeAll(async () => {
    const MONGODB_URI = mongoUriForDatabase(testInfrastructure().MONGODB_URI, uniqueName('triage'));
    [intake, triage] = await Promise.all([
      startSiblingService('intake', MONGODB_URI),
      startSiblingService('triage', MONGODB_URI, {
        TRIAGE_RETRAIN_SCHEDULE: '',
        TRIAGE_RETRAIN_WORKER: 'false',
      }),
    ]);
    gateway = await startGatewayTestApp({
      MONGODB_URI,
      INTAKE_URL: intake.url,
      TRIAGE_URL: triage.url,
    });
    const member = await tokenOf('member');
    const submitted = await call(gateway.url, 'POST', '/api/submissions', {
      token: member,
      body: item,
    });
    expect(submitted.status).toBe(201);
    itemId = submitted.body.submissionId as string;
    expect(submitted.headers.get('etag')).toBe('"1"');
    expect(submitted.headers.get('location')).toBe(`/api/submissions/${itemId}`);
    // Assessed by triage and known to the gateway's read model.
    await eventually(async () => {
      const path = `/triage/items/${itemId}`;
      expect((await call(gateway.url, 'GET', path, { token: member })).status).toBe(200);
    }, 60_000);
  }, 120_000);
  afterAll(async () => {
    await gateway?.close();
    await Promise.all([intake?.close(), triage?.close()]);
  });

  it('shows the submitter their look-alike item in full, another member only a count, another committee nothing', async () => {
    const own = await similarAs('member');
    expect(own).toEqual({
      notice: '这些信息可能与您要报送的内容相似',
      items: [expect.objectContaining({ itemId, title: item.title, status: 'submitted' })],
      hiddenCount: 0,
    });

    const colleague = await similarAs('member2');
    expect(colleague).toEqual({ notice: null, items: [], hiddenCount: 1 });

    expect(await similarAs('editor')).toMatchObject({ items: [{ itemId, title: item.title }] });
    expect(await similarAs('city-editor')).toEqual({ notice: null, items: [], hiddenCount: 0 });
  });

  it('answers an item’s triage to whoever may see the item, and 404 to others', async () => {
    const path = `/triage/items/${itemId}`;
    const editor = await call(gateway.url, 'GET', path, { token: await tokenOf('editor') });
    expect(editor.body).toMatchObject({ itemId, cluster: { clusterId: itemId, size: 1 } });
    for (const outsider of ['member2', 'city-editor']) {
      const answer = await call(gateway.url, 'GET', path, { token: await tokenOf(outsider) });
      expect(answer.status).toBe(404);
    }
  });

  it('lets the committee’s editor correct the label, passing triage’s refusals and ETag through', async () => {
    const editor = await tokenOf('editor');
    const path = `/triage/items/${itemId}/classification`;
    const unknown = await call(gateway.url, 'POST', path, {
      token: editor,
      body: { label: '不存在的分类' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('unknown-label');

    const assessed = await call(gateway.url, 'GET', `/triage/items/${itemId}`, { token: editor });
    const other = (assessed.body.top as Array<{ label: string }>).find(
      (candidate) => candidate.label !== assessed.body.label,
    )!;
    const corrected = await call(gateway.url, 'POST', path, {
      token: editor,
      body: { label: other.label },
      headers: { 'if-match': '"1"' },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.headers.get('etag')).toBe('"2"');

    const cityEditor = await tokenOf('city-editor');
    const outside = await call(gateway.url, 'POST', path, {
      token: cityEditor,
      body: { label: other.label },
    });
    expect(outside.status).toBe(404);
  });

  it('scopes hot issues and retraining to the caller’s committees', async () => {
    const editor = await tokenOf('editor');
    const hot = await call(gateway.url, 'GET', '/triage/hot-issues?weeks=2', { token: editor });
    expect(hot.status).toBe(200);
    expect(hot.body).toMatchObject({ orgId: 'demo-district', issues: [] });
    const elsewhere = await call(gateway.url, 'GET', '/triage/hot-issues?orgId=demo-city', {
      token: editor,
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors!.map((error) => error.field)).toEqual(['orgId']);

    const retrain = await call(gateway.url, 'POST', '/triage/models/retrain', {
      token: editor,
      body: {},
    });
    expect(retrain.status).toBe(202);
    expect(retrain.body).toMatchObject({ orgId: 'demo-district' });
    const above = await call(gateway.url, 'POST', '/triage/models/retrain', {
      token: await tokenOf('admin'),
      body: { orgId: 'demo-city' },
    });
    expect(above.status).toBe(403);
  });

  it('answers 503 with a zh-CN message when triage is down', async () => {
    await triage.close();
    const answer = await call(gateway.url, 'POST', '/triage/similar', {
      token: await tokenOf('member'),
      body: draft,
    });
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({
      code: 'triage-unavailable',
      message: '研判服务暂时无法访问，请稍后重试',
    });
  });
});
