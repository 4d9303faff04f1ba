import type { ProposalConversionRequest } from '@opinion/contracts';
import { editor, member, metadataOf, streamOf, submitted } from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import { SubmissionRuleError } from '../../domain';
import { ConvertProposalHandler } from './convert-proposal-handler';

const spec = intakeHandlerSpec(({ streams, keys }) => new ConvertProposalHandler(streams, keys));
const proposers = [
  { userId: 'm-3', name: '李四' },
  { userId: 'm-4', name: '王五' },
];
const request: ProposalConversionRequest = {
  proposal: {
    number: '2026-088',
    title: '关于改善老旧小区加装电梯的提案',
    body: '老旧小区加装电梯推进缓慢……',
    proposers,
  },
  sector: '经济界',
};
const converted = (submissionId: string) => ({
  [streamOf(submissionId)]: [
    submitted({
      submissionId,
      submitter: proposers[0],
      sourceType: 'proposal-conversion',
      origin: {
        kind: 'proposal',
        proposal: { number: '2026-088', title: '关于改善老旧小区加装电梯的提案', proposers },
      },
      content: {
        title: '关于改善老旧小区加装电梯的提案',
        body: { text: '老旧小区加装电梯推进缓慢……' },
        coSubmitters: [proposers[1]],
        sector: '经济界',
      },
    }),
  ],
});

describe('ConvertProposalHandler (提案转社情民意)', () => {
  it('turns the proposal into an item credited to its proposers', async () => {
    const { result } = await spec
      .given()
      .when(({ handler }) => handler.execute({ request, metadata: metadataOf(editor) }))
      .then((result) => converted(result.submissionId));
    expect(result).toMatchObject({ version: 1, created: true });
  });

  it('converts once for a retry with the same key', async () => {
    const { result } = await spec
      .given()
      .when(async ({ handler }) => {
        const command = { request, metadata: metadataOf(editor), idempotencyKey: 'p-088' };
        return [await handler.execute(command), await handler.execute(command)];
      })
      .then(([first]) => converted(first.submissionId));
    expect(result[1]).toEqual({ ...result[0], created: false });
  });

  it('is for editors only, and a member leaves nothing behind', () =>
    spec
      .given()
      .when(({ handler }) => handler.execute({ request, metadata: metadataOf(member) }))
      .thenThrows(SubmissionRuleError, (error) => error.code === 'forbidden'));
});
