import {
  metadataOf,
  returned,
  streamOf,
  submissionId,
  submitted,
  system,
  withdrawn,
} from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import { SubmissionRuleError } from '../../domain';
import { RecordScreeningHandler } from './record-screening-handler';

const spec = intakeHandlerSpec(({ streams }) => new RecordScreeningHandler(streams));
const stream = streamOf(submissionId);
const metadata = { ...metadataOf(system, 'screening-1'), causationId: 'screening-event-1' };
const decision = { outcome: 'returned' as const, comments: '请补充数据', screeningEventId: 's-1' };

describe('RecordScreeningHandler (初审结果)', () => {
  it('records the decision on the item', async () => {
    const { result, appended } = await spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) => handler.execute({ submissionId, decision, metadata }))
      .then({ [stream]: [returned()] });
    expect(result).toEqual({ submissionId, version: 2 });
    expect(appended[0]).toMatchObject({ causationId: 'screening-event-1', actor: system });
  });

  it('records a redelivered decision once', async () => {
    const { result } = await spec
      .given({ [stream]: [submitted(), returned()] })
      .when(({ handler }) => handler.execute({ submissionId, decision, metadata }))
      .thenNothingAppended();
    expect(result).toEqual({ submissionId, version: 2 });
  });

  it('ignores a decision on an item this intake does not have', async () => {
    const { result } = await spec
      .given()
      .when(({ handler }) => handler.execute({ submissionId, decision, metadata }))
      .thenNothingAppended();
    expect(result).toBeNull();
  });

  it('refuses a decision on an item no longer awaiting screening', () =>
    spec
      .given({ [stream]: [submitted(), withdrawn()] })
      .when(({ handler }) => handler.execute({ submissionId, decision, metadata }))
      .thenThrows(SubmissionRuleError, (error) => error.code === 'invalid-status'));
});
