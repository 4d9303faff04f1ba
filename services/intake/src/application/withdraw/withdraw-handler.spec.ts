import {
  coSubmitter,
  editor,
  member,
  metadataOf,
  returned,
  screeningRecorded,
  streamOf,
  stranger,
  submissionId,
  submitted,
  withdrawn,
} from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import { SubmissionRuleError } from '../../domain';
import { VersionConflictError } from '../application-errors';
import { WithdrawHandler } from './withdraw-handler';

const spec = intakeHandlerSpec(({ streams }) => new WithdrawHandler(streams));
const stream = streamOf(submissionId);
const accepted = screeningRecorded({ submissionId, outcome: 'accepted', screeningEventId: 's-1' });

describe('WithdrawHandler (撤回)', () => {
  it('withdraws a submitted item with the reason', async () => {
    const { result } = await spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) =>
        handler.execute({
          submissionId,
          request: { reason: '问题已解决' },
          metadata: metadataOf(member),
          expectedVersion: 1,
        }),
      )
      .then({ [stream]: [withdrawn({ reason: '问题已解决' })] });
    expect(result).toEqual({ submissionId, version: 2 });
  });

  it('lets a co-submitter withdraw a returned item', () =>
    spec
      .given({ [stream]: [submitted(), returned()] })
      .when(({ handler }) =>
        handler.execute({ submissionId, request: {}, metadata: metadataOf(coSubmitter) }),
      )
      .then({ [stream]: [withdrawn()] }));

  it.each([
    ['after acceptance', [submitted(), accepted], 'invalid-status'],
    ['twice', [submitted(), withdrawn()], 'invalid-status'],
    ['an item that does not exist', [], 'not-found'],
  ])('refuses %s', (_, given, code) =>
    spec
      .given({ [stream]: given })
      .when(({ handler }) =>
        handler.execute({ submissionId, request: {}, metadata: metadataOf(member) }),
      )
      .thenThrows(SubmissionRuleError, (error) => error.code === code),
  );

  it.each([
    ['a stranger', stranger],
    ['an editor', editor],
  ])('refuses %s', (_, actor) =>
    spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) =>
        handler.execute({ submissionId, request: {}, metadata: metadataOf(actor) }),
      )
      .thenThrows(SubmissionRuleError, (error) => error.code === 'forbidden'),
  );

  it('refuses a stale If-Match version', () =>
    spec
      .given({ [stream]: [submitted(), returned()] })
      .when(({ handler }) =>
        handler.execute({
          submissionId,
          request: {},
          metadata: metadataOf(member),
          expectedVersion: 1,
        }),
      )
      .thenThrows(VersionConflictError, (error) => error.kind === 'stale'));
});
