import { eventually, mongoUriForDatabase, testInfrastructure, uniqueName } from '@opinion/testing';
import {
  call,
  startGatewayTestApp,
  tokenFor,
  type GatewayTestApp,
} from '../../testing/gateway-test-app';
import { startSiblingService, type SiblingService } from '../../testing/sibling-services';

// Texts of this run only; every query names the run's token (`q`), since other runs' items of
// the same committee reach this gateway on the shared topics too.
const HAN =
  '城区老旧小区加装电梯工作推进缓慢部分居民意见不一资金分摊方案不明确审批环节多建议政府出台统一补贴标准简化审批流程并由街道社区牵头协调';
const sentence = (length: number) =>
  Array.from({ length }, () => HAN[Math.floor(Math.random() * HAN.length)]).join('');
const RUN = `批次${uniqueName('').replace(/\W/g, '').slice(-8)}`;
const body = { situation: sentence(60), problem: sentence(60), suggestions: sentence(60) };
const ITEMS = {
  first: { title: `关于${RUN}加装电梯的建议`, body, sourceType: 'member' },
  repeat: { title: `关于${RUN}加装电梯补贴的建议`, body, sourceType: 'member' },
  liaison: {
    title: `关于${RUN}社区停车的建议`,
    body: { text: sentence(120) },
    sourceType: 'liaison-point',
  },
};

interface InboxRow {
  submissionId: string;
  title: string;
  status: string;
  sourceType: string;
  submitter: { userId: string; displayName: string | null };
  submittedAt: string;
  triage: {
    label: string;
    confidence: number | null;
    corrected: boolean;
    duplicateOf: string | null;
    similarity: number;
    clusterId: string;
  } | null;
}
interface InboxPage {
  items: InboxRow[];
  nextCursor: string | null;
}

/** Today in Beijing, as the inbox's dates count. */
const beijingDay = (offsetDays = 0) =>
  new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('the editors’ inbox (intake, triage and the gateway in-process)', () => {
  let intake: SiblingService;
  let triage: SiblingService;
  let gateway: GatewayTestApp;
  const tokens = new Map<string, string>();
  const ids: Record<keyof typeof ITEMS, string> = { first: '', repeat: '', liaison: '' };
  const tokenOf = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, await tokenFor(gateway.url, username));
    return tokens.get(username)!;
  };
  const inboxAs = async (username: string, query: Record<string, string> = {}) => {
    const search = new URLSearchParams({ q: RUN, ...query }).toString();
    const answer = await call(gateway.url, 'GET', `/api/inbox?${search}`, {
      token: await tokenOf(username),
    });
    expect(answer.status).toBe(200);
    return answer.body as unknown as InboxPage;
  };
  const submitAs = async (username: string, item: keyof typeof ITEMS) => {
    const answer = await call(gateway.url, 'POST', '/api/submissions', {
      token: await tokenOf(username),
      body: ITEMS[item],
    });
    expect(answer.status).toBe(201);
    ids[item] = answer.body.submissionId as string;
  };
  /** Waits until the editor's inbox shows every item submitted so far, each assessed. */
  const untilAssessed = (count: number) =>
    eventually(async () => {
      const { items } = await inboxAs('editor');
      expect(items).toHaveLength(count);
      for (const row of items) expect(row.triage).not.toBeNull();
      return items;
    }, 60_000);
  const idsOf = (page: InboxPage) => page.items.map((row) => row.submissionId);

  beforeAll(async () => {
    const MONGODB_URI = mongoUriForDatabase(testInfrastructure().MONGODB_URI, uniqueName('inbox'));
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
    // One at a time, each assessed before the next: the repeat is found to repeat the first.
    await submitAs('member', 'first');
    await untilAssessed(1);
    await submitAs('member2', 'repeat');
    await untilAssessed(2);
    await submitAs('liaison', 'liaison');
    await untilAssessed(3);
  }, 240_000);
  afterAll(async () => {
    await gateway?.close();
    await Promise.all([intake?.close(), triage?.close()]);
  });

  it('lists the committee’s items newest first, each with its submitter and triage’s answer', async () => {
    const page = await inboxAs('editor');
    expect(idsOf(page)).toEqual([ids.liaison, ids.repeat, ids.first]);
    expect(page.nextCursor).toBeNull();
    const [liaison, repeat, first] = page.items;
    expect(first).toMatchObject({
      title: ITEMS.first.title,
      status: 'submitted',
      sourceType: 'member',
      submitter: { userId: expect.any(String), displayName: expect.any(String) },
      triage: { label: expect.any(String), corrected: false, clusterId: ids.first },
    });
    expect(first.triage!.confidence).toBeGreaterThan(0);
    expect(repeat.triage).toMatchObject({ duplicateOf: ids.first });
    expect(repeat.triage!.similarity).toBeGreaterThan(0.9);
    expect(liaison).toMatchObject({ sourceType: 'liaison-point', triage: { duplicateOf: null } });
    // An inbox row opens as the item itself.
    const opened = await call(gateway.url, 'GET', `/api/submissions/${ids.repeat}`, {
      token: await tokenOf('editor'),
    });
    expect(opened.status).toBe(200);
  });

  it('filters by duplicates, source type, label, words, dates and status', async () => {
    expect(idsOf(await inboxAs('editor', { duplicates: 'only' }))).toEqual([ids.repeat]);
    expect(idsOf(await inboxAs('editor', { sourceType: 'liaison-point' }))).toEqual([ids.liaison]);
    const { items } = await inboxAs('editor');
    const label = items.find((row) => row.submissionId === ids.first)!.triage!.label;
    expect(idsOf(await inboxAs('editor', { label }))).toContain(ids.first);
    expect(idsOf(await inboxAs('editor', { q: `${RUN}社区停车` }))).toEqual([ids.liaison]);
    const today = beijingDay();
    expect(idsOf(await inboxAs('editor', { from: today, to: today }))).toHaveLength(3);
    expect(idsOf(await inboxAs('editor', { from: beijingDay(1) }))).toEqual([]);
    expect(idsOf(await inboxAs('editor', { status: 'accepted' }))).toEqual([]);
  });

  it('pages with nextCursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: InboxPage = await inboxAs('editor', { limit: '1', ...(cursor && { cursor }) });
      seen.push(...idsOf(page));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 5);
    expect(seen).toEqual([ids.liaison, ids.repeat, ids.first]);
  });

  it('shows an editor’s correction as the label in force', async () => {
    const editor = await tokenOf('editor');
    const assessed = await call(gateway.url, 'GET', `/triage/items/${ids.first}`, {
      token: editor,
    });
    const other = (assessed.body.top as Array<{ label: string }>).find(
      (candidate) => candidate.label !== assessed.body.label,
    )!.label;
    const corrected = await call(gateway.url, 'POST', `/triage/items/${ids.first}/classification`, {
      token: editor,
      body: { label: other },
    });
    expect(corrected.status).toBe(200);
    await eventually(async () => {
      const row = (await inboxAs('editor')).items.find((item) => item.submissionId === ids.first)!;
      expect(row.triage).toMatchObject({ label: other, corrected: true, confidence: null });
    }, 30_000);
    expect(idsOf(await inboxAs('editor', { label: other }))).toContain(ids.first);
  });

  it('counts the committee’s items by status and label for the filters', async () => {
    const answer = await call(gateway.url, 'GET', '/api/inbox/facets', {
      token: await tokenOf('editor'),
    });
    expect(answer.status).toBe(200);
    const facets = answer.body as unknown as {
      total: number;
      byStatus: Array<{ status: string; count: number }>;
      byLabel: Array<{ label: string | null; count: number }>;
    };
    expect(facets.total).toBeGreaterThanOrEqual(3);
    expect(
      facets.byStatus.find((entry) => entry.status === 'submitted')!.count,
    ).toBeGreaterThanOrEqual(3);
    expect(facets.byLabel.reduce((sum, entry) => sum + entry.count, 0)).toBe(facets.total);
  });

  it('is the committee’s staff’s: another committee sees none of it, a member is refused', async () => {
    expect((await inboxAs('city-editor')).items).toEqual([]);
    const member = await call(gateway.url, 'GET', '/api/inbox', { token: await tokenOf('member') });
    expect(member.status).toBe(403);
    const bad = await call(gateway.url, 'GET', '/api/inbox?limit=500&cursor=x', {
      token: await tokenOf('analyst'),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'limit', message: expect.any(String) },
      { field: 'cursor', message: '分页位置无效，请从第一页重新查询' },
    ]);
  });
});
