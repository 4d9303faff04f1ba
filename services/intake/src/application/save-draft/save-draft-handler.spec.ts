import {
  coSubmitter,
  content,
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
import { SaveDraftHandler } from './save-draft-handler';

const spec = intakeHandlerSpec(({ streams, keys }) => new SaveDraftHandler(streams, keys));
const metadata = metadataOf(member);
const partial = { title: '关于……的建议' };
const stream = streamOf(submissionId);

describe('SaveDraftHandler (保存草稿)', () => {
  it('starts a draft under a new id', () =>
    spec
      .given()
      .when(({ handler }) => handler.execute({ request: partial, metadata }))
      .then((result) => ({
        [streamOf(result.submissionId)]: [
          draftSaved({ submissionId: result.submissionId, content: partial }),
        ],
      })));

  it('replaces the saved draft at the version the author saw', async () => {
    const { result } = await spec
      .given({ [stream]: [draftSaved({ content: partial })] })
      .when(({ handler }) =>
        handler.execute({
          submissionId,
          request: { ...content, sourceType: 'liaison-point' },
          metadata,
          expectedVersion: 1,
        }),
      )
      .then({ [stream]: [draftSaved({ sourceType: 'liaison-point' })] });
    expect(result).toEqual({ submissionId, version: 2 });
  });

  it('answers a retry of a new draft with the same key with the same draft', async () => {
    const { result } = await spec
      .given()
      .when(async ({ handler }) => {
        const command = { request: partial, metadata, idempotencyKey: 'draft-1' };
        return [await handler.execute(command), await handler.execute(command)];
      })
      .then(([first]) => ({
        [streamOf(first.submissionId)]: [
          draftSaved({ submissionId: first.submissionId, content: partial }),
        ],
      }));
    expect(result[1].submissionId).toBe(result[0].submissionId);
  });

  it('refuses a stale If-Match version', () =>
    spec
      .given({ [stream]: [draftSaved(), draftSaved()] })
      .when(({ handler }) =>
        handler.execute({ submissionId, request: partial, metadata, expectedVersion: 1 }),
      )
      .thenThrows(VersionConflictError, (error) => {
        expect(error).toMatchObject({ kind: 'stale', expected: 1, actual: 2 });
      }));

  it("refuses to change someone else's draft", () =>
    spec
      .given({ [stream]: [draftSaved()] })
      .when(({ handler }) =>
        handler.execute({ submissionId, request: partial, metadata: metadataOf(coSubmitter) }),
      )
      .thenThrows(SubmissionRuleError, (error) => error.code === 'forbidden'));

  it('refuses to save a draft over a submitted item', () =>
    spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) => handler.execute({ submissionId, request: partial, metadata }))
      .thenThrows(SubmissionRuleError, (error) => error.code === 'invalid-status'));
});
