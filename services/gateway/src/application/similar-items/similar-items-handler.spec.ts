import { FakeDownstream } from '../../testing/fake-downstream';
import {
  CITY,
  ORGANISATIONS,
  principalOf,
  submissionView,
  USERS,
  userState,
} from '../../testing/gateway-fixtures';
import { InMemoryIdentityDirectory } from '../../testing/in-memory-identity';
import { InMemorySubmissionReadModel } from '../../testing/in-memory-submissions';
import { DownstreamAnswerError } from '../application-errors';
import { ForwardCommandHandler } from '../forward-command/forward-command-handler';
import { SubmissionVisibility } from '../submission-visibility';
import { SimilarItemsHandler } from './similar-items-handler';

const id = (n: number) => `019a0000-0000-7000-8000-00000000000${n}`;
const NOTICE = '这些信息可能与您要报送的内容相似';
const cityMember = userState('city-member', 'member', { organisationId: CITY.organisationId });
const request = { title: '关于', body: '日间照料不足', limit: 10 };

describe('SimilarItemsHandler', () => {
  const setUp = () => {
    const submissions = new InMemorySubmissionReadModel([
      submissionView(id(1), USERS.member, { content: { title: '我的' } as never }),
      submissionView(id(2), USERS.member2, { content: { title: '同事的' } as never }),
      submissionView(id(3), cityMember, { content: { title: '市里的' } as never }),
    ]);
    const directory = new InMemoryIdentityDirectory({
      organisations: ORGANISATIONS,
      users: [...Object.values(USERS), cityMember],
    });
    const triage = new FakeDownstream('triage').answers({
      status: 200,
      body: {
        notice: NOTICE,
        items: [1, 2, 3, 4].map((n) => ({
          itemId: id(n),
          similarity: 0.9 - n / 10,
          kind: n === 1 ? 'duplicate' : 'same-issue',
        })),
      },
    });
    const handler = new SimilarItemsHandler(
      new ForwardCommandHandler(triage),
      submissions,
      new SubmissionVisibility(directory),
    );
    return { triage, handler };
  };

  it('asks triage for its maximum and shows only what the caller may see, counting the committee’s others', async () => {
    const { triage, handler } = setUp();
    const answer = await handler.execute(request, principalOf(USERS.member), {});
    expect(triage.last).toMatchObject({
      method: 'POST',
      path: '/triage/similar',
      body: { ...request, limit: 20 },
    });
    expect(answer).toMatchObject({
      status: 200,
      service: 'triage',
      body: {
        notice: NOTICE,
        items: [expect.objectContaining({ itemId: id(1), title: '我的', status: 'submitted' })],
        // The colleague's item counts; the city's item and the unknown one are left out.
        hiddenCount: 1,
      },
    });
  });

  it('drops the notice when the caller may see none of the items', async () => {
    const { handler } = setUp();
    const answer = await handler.execute(request, principalOf(USERS.liaison), {});
    expect(answer.body).toEqual({ notice: null, items: [], hiddenCount: 2 });
  });

  it('passes triage’s errors back as they came', async () => {
    const { triage, handler } = setUp();
    const errors = { errors: [{ field: 'body', message: '不能为空' }] };
    triage.answers({ status: 400, body: errors });
    await expect(handler.execute(request, principalOf(USERS.member), {})).resolves.toMatchObject({
      status: 400,
      body: errors,
    });
  });

  it('refuses an answer it cannot check (502): it must know every item it passes on', async () => {
    const { triage, handler } = setUp();
    triage.answers({ status: 200, body: { notice: null, items: [{ itemId: 'x' }] } });
    await expect(handler.execute(request, principalOf(USERS.member), {})).rejects.toBeInstanceOf(
      DownstreamAnswerError,
    );
  });
});
