import {
  coSubmitter,
  member,
  metadataOf,
  returned,
  revised,
  revisedContent,
  streamOf,
  stranger,
  submissionId,
  submitted,
} from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import { SubmissionRuleError } from '../../domain';
import { VersionConflictError } from '../application-errors';
import { ReviseHandler } from './revise-handler';

const spec = intakeHandlerSpec(({ streams }) => new ReviseHandler(streams));
const stream = streamOf(submissionId);
const request = { ...revisedContent, note: '补充了数据' };

describe('ReviseHandler (修改后重新报送)', () => {
  it('appends revision 2 of a returned item, from a co-submitter too', async () => {
    const { result } = await spec
      .given({ [stream]: [submitted(), returned()] })
      .when(({ handler }) =>
        handler.execute({
          submissionId,
          request,
          metadata: metadataOf(coSubmitter),
          expectedVersion: 2,
        }),
      )
      .then({ [stream]: [revised({ note: '补充了数据' })] });
    expect(result).toEqual({ submissionId, version: 3 });
  });

  it('leaves out an empty note', () =>
    spec
      .given({ [stream]: [submitted(), returned()] })
      .when(({ handler }) =>
        handler.execute({ submissionId, request: revisedContent, metadata: metadataOf(member) }),
      )
      .then({ [stream]: [revised()] }));

  it('refuses an item that was not returned', () =>
    spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) =>
        handler.execute({ submissionId, request, metadata: metadataOf(member) }),
      )
      .thenThrows(SubmissionRuleError, (error) => error.code === 'invalid-status'));

  it('refuses anyone but the submitters', () =>
    spec
      .given({ [stream]: [submitted(), returned()] })
      .when(({ handler }) =>
        handler.execute({ submissionId, request, metadata: metadataOf(stranger) }),
      )
      .thenThrows(SubmissionRuleError, (error) => error.code === 'forbidden'));

  it('refuses an item that does not exist', () =>
    spec
      .given()
      .when(({ handler }) =>
        handler.execute({ submissionId, request, metadata: metadataOf(member) }),
      )
      .thenThrows(SubmissionRuleError, (error) => error.code === 'not-found'));

  it('refuses a stale If-Match version', () =>
    spec
      .given({ [stream]: [submitted(), returned()] })
      .when(({ handler }) =>
        handler.execute({
          submissionId,
          request,
          metadata: metadataOf(member),
          expectedVersion: 1,
        }),
      )
      .thenThrows(VersionConflictError, (error) => {
        expect(error).toMatchObject({ kind: 'stale', expected: 1, actual: 2 });
      }));
});
