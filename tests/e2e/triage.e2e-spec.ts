/**
 * @jest-environment ./tests/e2e/support/e2e-environment.ts
 */
import { TRIAGE_EVENTS } from '@opinion/contracts';
import { eventually } from '@opinion/testing';
import { Converter } from 'opencc-js';
import { someTestFailed } from './support/e2e-environment';
import { startE2eStack, type E2eStack } from './support/e2e-stack';
import { GatewayClient } from './support/gateway-client';
import type { TimelineView } from './support/timeline-view';

interface TriageItem {
  label: string;
  duplicateOf: string | null;
  cluster: { clusterId: string; size: number };
}

const STARTUP_MS = 240_000;

// Texts of this run only: other runs' items on the shared submission topic must match nothing.
const HAN =
  '河西镇石板桥建于上世纪七十年代是附近三个村两千多名群众和小学学生上学的必经之路目前面多处开裂护栏松动雨天积水严重去年冬已有村民滑倒受伤存在较大安全隐患建议政府尽快组织专业机构进行检测及时维修加固并在期间设置警示标志';
const sentence = (length: number) =>
  Array.from({ length }, () => HAN[Math.floor(Math.random() * HAN.length)]).join('');
const paragraphs = [sentence(60), sentence(60), sentence(60)];
const toTraditional = Converter({ from: 'cn', to: 'hk' });

const original = {
  title: `关于${sentence(12)}的建议`,
  body: { situation: paragraphs[0], problem: paragraphs[1], suggestions: paragraphs[2] },
  sourceType: 'member',
};
// The same report in traditional characters, under a source line, as one text, other punctuation.
const disguised = {
  title: `${toTraditional(original.title)}！`,
  body: { text: ['來源：河西鎮信息聯繫點', ...paragraphs.map(toTraditional)].join('。\n') },
  sourceType: 'member',
};

describe('triage of items submitted through the gateway (services as processes)', () => {
  let stack: E2eStack;

  beforeAll(async () => {
    stack = await startE2eStack();
  }, STARTUP_MS);
  afterAll(() => stack?.stop(someTestFailed()), 60_000);

  /** The assessment as the district's editor reads it through the gateway. */
  const triageItem = async (editor: GatewayClient, itemId: string): Promise<TriageItem> => {
    const answer = await editor.get<TriageItem>(`/triage/items/${itemId}`);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('suggests the disguised copy as a duplicate of the first, clusters both and shows the label on the timeline', async () => {
    const member = await GatewayClient.signIn(stack.gatewayUrl, 'member');
    const editor = await GatewayClient.signIn(stack.gatewayUrl, 'editor');
    const first = (await member.post('/api/submissions', original)).body.submissionId as string;
    const copy = await member.post('/api/submissions', disguised);
    expect(copy.status).toBe(201);
    const second = copy.body.submissionId as string;

    const assessed = await eventually(() => triageItem(editor, second), 120_000);
    expect(assessed).toMatchObject({ duplicateOf: first, cluster: { clusterId: first, size: 2 } });
    expect((await triageItem(editor, first)).cluster.clusterId).toBe(first);

    // Writing the same report again, the member is shown both of their items; another member of
    // the committee learns only that two such items exist.
    const draft = { title: original.title, body: Object.values(original.body).join('\n') };
    const similar = await member.post('/triage/similar', draft);
    expect(similar.status).toBe(200);
    expect(similar.body).toMatchObject({
      notice: '这些信息可能与您要报送的内容相似',
      items: [
        { itemId: first, kind: 'duplicate', title: original.title },
        { itemId: second, title: disguised.title },
      ],
      hiddenCount: 0,
    });
    const colleague = await GatewayClient.signIn(stack.gatewayUrl, 'member2');
    const hidden = await colleague.post('/triage/similar', draft);
    expect(hidden.body).toEqual({ notice: null, items: [], hiddenCount: 2 });

    const classified = await eventually(async () => {
      const timeline = await member.get<TimelineView>(`/api/submissions/${second}/timeline`);
      const entry = timeline.body.entries?.find((each) => each.type === TRIAGE_EVENTS.itemAssessed);
      if (!entry) throw new Error(`no classification on the timeline yet (${timeline.status})`);
      return entry;
    }, 120_000);
    expect(classified.summary).toMatchObject({
      label: assessed.label,
      duplicateOf: first,
      clusterId: first,
    });
  }, 300_000);
});
