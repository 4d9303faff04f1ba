import {
  coSubmitter,
  draftSaved,
  member,
  metadataOf,
  streamOf,
  submissionId,
  submitted,
} from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import { SubmissionRuleError } from '../../domain';
import { VersionConflictError } from '../application-errors';
import { SubmitDraftHandler } from './submit-draft-handler';

const spec = intakeHandlerSpec(({ streams }) => new SubmitDraftHandler(streams));
const metadata = metadataOf(member);
const stream = streamOf(submissionId);
const completeDraft = draftSaved({ sourceType: 'member' });

describe('SubmitDraftHandler (提交草稿)', () => {
  it('submits a complete draft', async () => {
    const { result } = await spec
      .given({ [stream]: [completeDraft] })
      .when(({ handler }) => handler.execute({ submissionId, metadata, expectedVersion: 1 }))
      .then({ [stream]: [submitted({ origin: { kind: 'draft' } })] });
    expect(result).toEqual({ submissionId, version: 2 });
  });

  it('names the fields an incomplete draft lacks', () =>
    spec
      .given({ [stream]: [draftSaved({ content: { title: '关于……的建议' } })] })
      .when(({ handler }) => handler.execute({ submissionId, metadata }))
      .thenThrows(SubmissionRuleError, (error) => {
        expect(error).toMatchObject({
          code: 'incomplete-draft',
          fields: expect.arrayContaining(['sourceType', 'body']),
        });
      }));

  it('refuses a draft that does not exist', () =>
    spec
      .given()
      .when(({ handler }) => handler.execute({ submissionId, metadata }))
      .thenThrows(SubmissionRuleError, (error) => error.code === 'not-found'));

  it('lets only the author submit', () =>
    spec
      .given({ [stream]: [completeDraft] })
      .when(({ handler }) => handler.execute({ submissionId, metadata: metadataOf(coSubmitter) }))
      .thenThrows(SubmissionRuleError, (error) => error.code === 'forbidden'));

  it('refuses a stale If-Match version', () =>
    spec
      .given({ [stream]: [draftSaved(), completeDraft] })
      .when(({ handler }) => handler.execute({ submissionId, metadata, expectedVersion: 1 }))
      .thenThrows(VersionConflictError, (error) => error.kind === 'stale'));
});
