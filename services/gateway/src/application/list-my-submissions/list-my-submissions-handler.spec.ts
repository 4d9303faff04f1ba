import { principalOf, submissionView, USERS } from '../../testing/gateway-fixtures';
import { InMemorySubmissionReadModel } from '../../testing/in-memory-submissions';
import { ListMySubmissionsHandler } from './list-my-submissions-handler';

const id = (n: number) => `019a0000-0000-7000-8000-00000000000${n}`;
const at = (day: number) => `2026-05-0${day}T08:00:00.000Z`;

describe('ListMySubmissionsHandler', () => {
  const submissions = new InMemorySubmissionReadModel([
    submissionView(id(1), USERS.member, { updatedAt: at(1) }),
    submissionView(id(2), USERS.member2, {
      participants: [USERS.member2.userId!, USERS.member.userId!],
      updatedAt: at(3),
    }),
    submissionView(id(3), USERS.member, { status: 'draft', updatedAt: at(2) }),
    submissionView(id(4), USERS.member2, { updatedAt: at(4) }),
  ]);
  const handler = new ListMySubmissionsHandler(submissions);

  it('lists what the caller submitted or co-submitted, drafts included, newest first', async () => {
    const mine = await handler.execute(principalOf(USERS.member), 100);
    expect(mine.map((view) => view.submissionId)).toEqual([id(2), id(3), id(1)]);
  });

  it('answers at most `limit` items, and none to someone who submitted nothing', async () => {
    expect(await handler.execute(principalOf(USERS.member), 1)).toHaveLength(1);
    expect(await handler.execute(principalOf(USERS.editor), 100)).toEqual([]);
  });
});
