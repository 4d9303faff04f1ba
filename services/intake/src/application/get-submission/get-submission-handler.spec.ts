import {
  coSubmitter,
  content,
  editor,
  member,
  streamOf,
  stranger,
  submissionId,
  submitted,
} from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import { SubmissionRuleError } from '../../domain';
import { GetSubmissionHandler } from './get-submission-handler';

const at = new Date('2026-11-21T08:00:00.000Z');
const spec = intakeHandlerSpec(
  ({ streams }) => new GetSubmissionHandler(streams),
  () => at,
);
const stream = streamOf(submissionId);

describe('GetSubmissionHandler', () => {
  it.each([
    ['its submitter', member],
    ['a co-submitter', coSubmitter],
    ['staff', editor],
  ])('shows the item and its current version to %s', async (_, actor) => {
    const { result } = await spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) => handler.execute({ submissionId, actor }))
      .thenNothingAppended();
    expect(result).toEqual({
      submissionId,
      version: 1,
      submission: expect.objectContaining({
        status: 'submitted',
        submitter: { userId: member.userId },
        revisions: [{ revision: 1, content, at: at.toISOString() }],
      }),
    });
  });

  it('answers not found for an item that does not exist', () =>
    spec
      .given()
      .when(({ handler }) => handler.execute({ submissionId, actor: member }))
      .thenThrows(SubmissionRuleError, (error) => error.code === 'not-found'));

  it('refuses a member who is not credited on the item', () =>
    spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) => handler.execute({ submissionId, actor: stranger }))
      .thenThrows(SubmissionRuleError, (error) => error.code === 'forbidden'));
});
