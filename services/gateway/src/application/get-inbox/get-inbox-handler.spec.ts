import { parseLocalised } from '@opinion/contracts';
import { principalOf, submissionView, USERS } from '../../testing/gateway-fixtures';
import { InMemoryIdentityDirectory } from '../../testing/in-memory-identity';
import { InMemorySubmissionReadModel } from '../../testing/in-memory-submissions';
import { GetInboxHandler } from './get-inbox-handler';
import { inboxQuerySchema, INBOX_MESSAGES, type InboxQuery } from './get-inbox-query';
import { decodeInboxCursor, encodeInboxCursor } from './inbox-cursor';

const id = (n: number) => `019a0000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;
/** Submitted on 1 May 2026 plus `hours`, in UTC. */
const at = (hours: number) => new Date(Date.UTC(2026, 4, 1, hours)).toISOString();
const editor = principalOf(USERS.editor);
const query = (input: Record<string, unknown> = {}): InboxQuery => inboxQuerySchema.parse(input);

function inboxOf() {
  const submissions = new InMemorySubmissionReadModel([
    submissionView(id(1), USERS.member, {
      submittedAt: at(1),
      content: { title: '关于改善老旧小区停车的建议', body: { text: '停车难' }, coSubmitters: [] },
    }),
    submissionView(id(2), USERS.member2, {
      submittedAt: at(2),
      status: 'accepted',
      submitterName: '李委员',
    }),
    submissionView(id(3), USERS.liaison, { submittedAt: at(3), sourceType: 'liaison-point' }),
    submissionView(id(4), USERS.member, {
      submittedAt: at(4),
      content: {
        title: '关于增设社区日间照料中心的建议',
        body: { situation: '老龄化加快', suggestions: '增设日间照料' },
        coSubmitters: [],
        urgency: { level: 'urgent', greenChannel: true },
      },
    }),
    submissionView(id(5), USERS.member, { status: 'draft', submittedAt: null }),
    submissionView(id(6), USERS.cityEditor, { submittedAt: at(6) }),
  ])
    .putTriage(id(1), { label: '城乡建设', modelLabel: '城乡建设', modelConfidence: 0.8 })
    .putTriage(id(4), {
      label: '民生保障',
      modelLabel: '医疗卫生',
      modelConfidence: 0.6,
      corrected: true,
      duplicateOf: id(1),
      duplicate: true,
      similarity: 0.93,
      clusterId: id(1),
    });
  const directory = new InMemoryIdentityDirectory({
    users: [{ ...USERS.member, displayName: '张委员' }, USERS.liaison],
  });
  return new GetInboxHandler(submissions, directory);
}

const idsOf = (page: { items: Array<{ submissionId: string }> }) =>
  page.items.map((item) => item.submissionId);

describe('GetInboxHandler', () => {
  const handler = inboxOf();

  it('lists the committee’s submitted items, newest first, drafts and other committees never', async () => {
    const page = await handler.execute(query(), editor);
    expect(idsOf(page)).toEqual([id(4), id(3), id(2), id(1)]);
    expect(page.nextCursor).toBeNull();
    const city = await handler.execute(query(), principalOf(USERS.cityEditor));
    expect(idsOf(city)).toEqual([id(6)]);
  });

  it('answers each row with its submitter’s name and triage’s answer, a correction winning', async () => {
    const { items } = await handler.execute(query(), editor);
    expect(items[0]).toEqual({
      submissionId: id(4),
      title: '关于增设社区日间照料中心的建议',
      status: 'submitted',
      sourceType: 'member',
      revision: 1,
      urgency: { level: 'urgent', greenChannel: true },
      submitter: { userId: USERS.member.userId, displayName: '张委员' },
      submittedAt: at(4),
      updatedAt: '2026-05-01T08:00:00.000Z',
      triage: {
        label: '民生保障',
        confidence: null,
        corrected: true,
        duplicateOf: id(1),
        similarity: 0.93,
        clusterId: id(1),
      },
    });
    const byId = new Map(items.map((item) => [item.submissionId, item]));
    expect(byId.get(id(1))!.triage).toMatchObject({ label: '城乡建设', confidence: 0.8 });
    expect(byId.get(id(2))!.triage).toBeNull();
    // Not in the directory: the name the submission gave, else none.
    expect(byId.get(id(2))!.submitter).toEqual({
      userId: USERS.member2.userId,
      displayName: '李委员',
    });
    expect(byId.get(id(3))!.submitter.displayName).toBe('liaison');
  });

  it.each([
    [{ status: 'accepted' }, [2]],
    [{ label: '民生保障' }, [4]],
    [{ sourceType: 'liaison-point' }, [3]],
    [{ duplicates: 'only' }, [4]],
    [{ q: '日间照料' }, [4]],
    [{ q: '停车' }, [1]],
    [{ from: '2026-05-01', to: '2026-05-01' }, [4, 3, 2, 1]],
    [{ label: '城乡建设', q: '照料' }, []],
  ])('filters by %j', async (filters, expected) => {
    expect(idsOf(await handler.execute(query(filters), editor))).toEqual(expected.map(id));
  });

  it('takes dates as Beijing days: 08:00 UTC on 1 May is still 1 May, 16:00 UTC is 2 May', async () => {
    const dated = new GetInboxHandler(
      new InMemorySubmissionReadModel([
        submissionView(id(1), USERS.member, { submittedAt: '2026-04-30T16:00:00.000Z' }),
        submissionView(id(2), USERS.member, { submittedAt: '2026-05-01T15:59:59.999Z' }),
        submissionView(id(3), USERS.member, { submittedAt: '2026-05-01T16:00:00.000Z' }),
      ]),
      new InMemoryIdentityDirectory(),
    );
    const may1 = await dated.execute(query({ from: '2026-05-01', to: '2026-05-01' }), editor);
    expect(idsOf(may1)).toEqual([id(2), id(1)]);
    expect(idsOf(await dated.execute(query({ from: '2026-05-02' }), editor))).toEqual([id(3)]);
  });

  it('pages with a cursor until nextCursor is null', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page += 1) {
      const answer = await handler.execute(query({ limit: '3', cursor }), editor);
      seen.push(...idsOf(answer));
      if (!answer.nextCursor) break;
      cursor = answer.nextCursor;
    }
    expect(seen).toEqual([id(4), id(3), id(2), id(1)]);
    const first = await handler.execute(query({ limit: '2' }), editor);
    expect(decodeInboxCursor(first.nextCursor!)).toEqual({
      submittedAt: at(3),
      submissionId: id(3),
    });
  });

  it('counts the committee’s items by status and by label for the filters', async () => {
    expect(await handler.facets(editor)).toEqual({
      total: 4,
      byStatus: expect.arrayContaining([
        { status: 'submitted', count: 3 },
        { status: 'accepted', count: 1 },
      ]),
      byLabel: expect.arrayContaining([
        { label: null, count: 2 },
        { label: '城乡建设', count: 1 },
        { label: '民生保障', count: 1 },
      ]),
    });
  });

  it('is the information office’s: people who submit are refused', async () => {
    await expect(handler.execute(query(), principalOf(USERS.member))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(handler.facets(principalOf(USERS.liaison))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('the inbox query', () => {
  const errors = (input: Record<string, unknown>) => {
    const result = parseLocalised(inboxQuerySchema, input, 'zh-CN');
    return result.success
      ? []
      : result.errors.map(({ field, message }) => [
          field,
          INBOX_MESSAGES[message]?.['zh-CN'] ?? message,
        ]);
  };

  it('takes every filter, defaults the page to 50, and treats an empty field as none', () => {
    expect(query({ label: '', q: '', limit: '20', duplicates: 'only' })).toEqual({
      limit: 20,
      duplicates: 'only',
    });
    expect(query()).toEqual({ limit: 50 });
  });

  it('refuses drafts, pages over 100, impossible dates, reversed dates and forged cursors', () => {
    expect(errors({ status: 'draft' }).map(([field]) => field)).toEqual(['status']);
    expect(errors({ limit: '101' }).map(([field]) => field)).toEqual(['limit']);
    expect(errors({ from: '2026-02-30' })).toEqual([['from', '日期格式应为 YYYY-MM-DD']]);
    expect(errors({ from: '2026-05-02', to: '2026-05-01' })).toEqual([
      ['to', '结束日期不能早于开始日期'],
    ]);
    expect(errors({ cursor: 'bm90LWEtY3Vyc29y' })).toEqual([
      ['cursor', '分页位置无效，请从第一页重新查询'],
    ]);
    const cursor = encodeInboxCursor({ submittedAt: at(1), submissionId: id(1) });
    expect(errors({ cursor })).toEqual([]);
    expect(errors({ $where: '1' }).map(([field]) => field)).toEqual(['$where']);
  });
});
