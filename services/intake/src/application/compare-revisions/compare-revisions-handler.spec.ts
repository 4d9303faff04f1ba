import { SubmissionRuleError } from '../../domain';
import {
  editor,
  member,
  returned,
  revised,
  revisedContent,
  streamOf,
  stranger,
  submissionId,
  submitted,
} from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import { GetSubmissionHandler } from '../get-submission/get-submission-handler';
import { CompareRevisionsHandler } from './compare-revisions-handler';

const spec = intakeHandlerSpec(
  ({ streams }) => new CompareRevisionsHandler(new GetSubmissionHandler(streams)),
);
const stream = streamOf(submissionId);
const twiceRevised = [
  submitted(),
  returned('s-1'),
  revised({ note: '补充了数据' }),
  returned('s-2'),
  revised({ revision: 3, content: { ...revisedContent, region: '城关镇' } }),
];

describe('CompareRevisionsHandler (修改对比)', () => {
  it('compares the latest revision with the one before it by default', async () => {
    const { result } = await spec
      .given({ [stream]: twiceRevised })
      .when(({ handler }) => handler.execute({ submissionId, actor: editor }))
      .thenNothingAppended();
    expect(result.from).toMatchObject({ revision: 2, note: '补充了数据' });
    expect(result.to.revision).toBe(3);
    expect(result.changes.map(({ field }) => field)).toEqual(['region']);
  });

  it('compares any two revisions, for a participant as for an editor', async () => {
    const { result } = await spec
      .given({ [stream]: twiceRevised })
      .when(({ handler }) => handler.execute({ submissionId, actor: member, from: 1, to: 3 }))
      .thenNothingAppended();
    expect(result.changes.map(({ field }) => field)).toEqual(['title', 'region']);
  });

  it('refuses an item that was never revised, and revisions it does not have', async () => {
    await spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) => handler.execute({ submissionId, actor: member }))
      .thenThrows(SubmissionRuleError, (error) => expect(error.code).toBe('not-found'));
    await spec
      .given({ [stream]: twiceRevised })
      .when(({ handler }) => handler.execute({ submissionId, actor: member, from: 2, to: 4 }))
      .thenThrows(SubmissionRuleError, (error) =>
        expect(error.message).toContain('revisions 1 to 3'),
      );
  });

  it('answers only those who may read the item', () =>
    spec
      .given({ [stream]: twiceRevised })
      .when(({ handler }) => handler.execute({ submissionId, actor: stranger }))
      .thenThrows(SubmissionRuleError, (error) => expect(error.code).toBe('forbidden')));
});
