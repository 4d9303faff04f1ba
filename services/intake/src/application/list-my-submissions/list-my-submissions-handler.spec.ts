import { editor, member, stranger } from '../../testing/intake-fixtures';
import { InMemoryMySubmissions } from '../../testing/in-memory-read-models';
import { SubmissionRuleError } from '../../domain';
import { ListMySubmissionsHandler } from './list-my-submissions-handler';
import type { SubmissionSummary } from './submission-summary';

const line = (
  submissionId: string,
  participants: string[],
  updatedAt: string,
): SubmissionSummary => ({
  submissionId,
  title: `信息 ${submissionId}`,
  status: 'submitted',
  sourceType: 'member',
  participants,
  revision: 1,
  submittedAt: updatedAt,
  updatedAt,
});
const lines = [
  line('a', ['m-1'], '2026-11-21T08:00:00.000Z'),
  line('b', ['m-9', 'm-1'], '2026-11-22T08:00:00.000Z'),
  line('c', ['m-9'], '2026-11-23T08:00:00.000Z'),
];
const handler = () => new ListMySubmissionsHandler(new InMemoryMySubmissions(lines));

describe('ListMySubmissionsHandler (我的信息)', () => {
  it("lists the member's items, co-submitted ones too, newest first", async () => {
    const list = await handler().execute({ submitter: 'm-1', actor: member, limit: 10 });
    expect(list.map((summary) => summary.submissionId)).toEqual(['b', 'a']);
  });

  it('stops at the limit', async () => {
    const list = await handler().execute({ submitter: 'm-1', actor: member, limit: 1 });
    expect(list.map((summary) => summary.submissionId)).toEqual(['b']);
  });

  it("lets staff list another person's items", async () => {
    const list = await handler().execute({ submitter: 'm-9', actor: editor, limit: 10 });
    expect(list.map((summary) => summary.submissionId)).toEqual(['c', 'b']);
  });

  it("refuses a member asking for another person's items", async () => {
    // Whether it throws at once or rejects: the caller awaits either way.
    await expect(async () =>
      handler().execute({ submitter: stranger.userId, actor: member, limit: 10 }),
    ).rejects.toMatchObject({ name: SubmissionRuleError.name, code: 'forbidden' });
  });
});
