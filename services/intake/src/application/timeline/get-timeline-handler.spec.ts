import { SUBMISSION_EVENTS, type TimelineEntry } from '@opinion/contracts';
import {
  editor,
  member,
  streamOf,
  stranger,
  submissionId,
  submitted,
  system,
} from '../../testing/intake-fixtures';
import { intakeHandlerSpec } from '../../testing/intake-handler-spec';
import { InMemoryTimelines } from '../../testing/in-memory-read-models';
import { SubmissionRuleError } from '../../domain';
import { GetSubmissionHandler } from '../get-submission/get-submission-handler';
import { GetTimelineHandler } from './get-timeline-handler';

const entry = (
  eventId: string,
  type: string,
  occurredAt: string,
  streamPosition: number,
  summary: TimelineEntry['summary'] = {},
): TimelineEntry => ({
  eventId,
  type,
  occurredAt,
  actor: member,
  streamId: streamOf(submissionId),
  streamPosition,
  summary,
});

/** Added out of order, as they arrive from several topics. */
const entries = [
  entry('e-3', 'opinion.triage.item-assessed', '2026-11-21T08:00:05.000Z', 1, {
    label: '民生',
    duplicateOf: 'other-item',
  }),
  entry('e-2', SUBMISSION_EVENTS.withdrawn, '2026-11-21T08:00:01.000Z', 2),
  entry('e-1', SUBMISSION_EVENTS.submitted, '2026-11-21T08:00:01.000Z', 1, { origin: 'direct' }),
];

const spec = intakeHandlerSpec(({ streams }) => {
  const timelines = new InMemoryTimelines();
  entries.forEach((each) => void timelines.add(submissionId, each));
  return new GetTimelineHandler(new GetSubmissionHandler(streams), timelines);
});
const stream = streamOf(submissionId);

describe('GetTimelineHandler', () => {
  it('shows the entries by time, then stream position, with their labels', async () => {
    const { result } = await spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) => handler.execute({ submissionId, actor: editor }))
      .thenNothingAppended();
    expect(result.submissionId).toBe(submissionId);
    expect(result.entries).toEqual([
      expect.objectContaining({
        eventId: 'e-1',
        label: '报送',
        tags: [],
        summary: { origin: 'direct' },
      }),
      expect.objectContaining({ eventId: 'e-2', label: '撤回' }),
      expect.objectContaining({ eventId: 'e-3', tags: ['疑似重复'] }),
    ]);
    expect(result.entries[0]).not.toHaveProperty('streamPosition');
  });

  it('is refused to whoever may not read the item', () =>
    spec
      .given({ [stream]: [submitted()] })
      .when(({ handler }) => handler.execute({ submissionId, actor: stranger }))
      .thenThrows(SubmissionRuleError, (error) => error.code === 'forbidden'));

  it('answers not found for an item that does not exist', () =>
    spec
      .given()
      .when(({ handler }) => handler.execute({ submissionId, actor: system }))
      .thenThrows(SubmissionRuleError, (error) => error.code === 'not-found'));
});
