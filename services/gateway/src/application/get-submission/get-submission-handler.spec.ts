import { IdentityRuleError } from '../../domain/identity-errors';
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
import { SubmissionVisibility } from '../submission-visibility';
import { GetSubmissionHandler } from './get-submission-handler';

const item = '019a0000-0000-7000-8000-000000000001';
const draft = '019a0000-0000-7000-8000-000000000002';
const pointItem = '019a0000-0000-7000-8000-000000000003';
const otherLiaison = userState('liaison2', 'liaison', {
  profile: { ...USERS.liaison.profile },
});
const elsewhereLiaison = userState('liaison3', 'liaison', {
  profile: { ...USERS.liaison.profile, liaisonPoint: '西街街道信息联系点' },
});

describe('GetSubmissionHandler', () => {
  const submissions = new InMemorySubmissionReadModel([
    { version: 3, view: submissionView(item, USERS.member) },
    submissionView(draft, USERS.member, { status: 'draft' }),
    submissionView(pointItem, USERS.liaison),
  ]);
  const directory = new InMemoryIdentityDirectory({
    organisations: ORGANISATIONS,
    users: [...Object.values(USERS), otherLiaison, elsewhereLiaison],
  });
  const handler = new GetSubmissionHandler(submissions, new SubmissionVisibility(directory));
  const notFound = new IdentityRuleError('not-found', 'submission not found');

  it('answers the item and its version to its submitter and the committee’s staff', async () => {
    await expect(handler.execute(item, principalOf(USERS.member))).resolves.toEqual({
      version: 3,
      view: expect.objectContaining({ submissionId: item }),
    });
    await expect(handler.execute(item, principalOf(USERS.editor))).resolves.toMatchObject({
      version: 3,
    });
  });

  it('is “not found” for another member and for staff of another committee, as for a missing item', async () => {
    await expect(handler.execute(item, principalOf(USERS.member2))).rejects.toThrow(notFound);
    await expect(handler.execute(item, principalOf(USERS.cityEditor))).rejects.toThrow(notFound);
    await expect(
      handler.execute('019a0000-0000-7000-8000-0000000000ff', principalOf(USERS.member)),
    ).rejects.toThrow(notFound);
  });

  it('shows a draft to its writer only', async () => {
    await expect(handler.execute(draft, principalOf(USERS.member))).resolves.toBeTruthy();
    await expect(handler.execute(draft, principalOf(USERS.editor))).rejects.toThrow(notFound);
  });

  it('shows a liaison point’s item to the officers of the same point only', async () => {
    await expect(handler.execute(pointItem, principalOf(otherLiaison))).resolves.toBeTruthy();
    await expect(handler.execute(pointItem, principalOf(elsewhereLiaison))).rejects.toThrow(
      notFound,
    );
    await expect(handler.execute(pointItem, principalOf(USERS.member))).rejects.toThrow(notFound);
  });

  it('shows an item forwarded to a committee to that committee’s staff', async () => {
    const forwarded = '019a0000-0000-7000-8000-000000000004';
    submissions.put(
      submissionView(forwarded, USERS.member, { forwardedTo: [CITY.organisationId!] }),
    );
    await expect(handler.execute(forwarded, principalOf(USERS.cityEditor))).resolves.toBeTruthy();
  });
});
