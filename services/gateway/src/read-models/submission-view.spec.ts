import { SUBMISSION_EVENTS, type EventEnvelope } from '@opinion/contracts';
import { emptySubmissionView, evolveSubmissionView } from './submission-view';

const submissionId = '019a0000-0000-7000-8000-000000000001';
const event = (n: number, type: string, data: object, orgId = 'county-1') =>
  ({
    type,
    data: { submissionId, ...data },
    occurredAt: `2026-11-21T08:00:0${n}.000Z`,
    streamPosition: n,
    actor: { userId: 'm-1', role: 'member', orgId },
  }) as EventEnvelope;

describe('evolveSubmissionView', () => {
  it('keeps the committee of the draft and follows the item to its screening', () => {
    const content = {
      title: '关于……的建议',
      body: { text: '正文' },
      coSubmitters: [{ userId: 'm-2' }],
    };
    const view = [
      event(1, SUBMISSION_EVENTS.draftSaved, { submitter: { userId: 'm-1' }, content: {} }),
      event(
        2,
        SUBMISSION_EVENTS.submitted,
        { submitter: { userId: 'm-1' }, sourceType: 'member', origin: { kind: 'draft' }, content },
        'other',
      ),
      event(3, SUBMISSION_EVENTS.screeningRecorded, {
        outcome: 'returned',
        comments: '补充',
        screeningEventId: 's',
      }),
    ].reduce(evolveSubmissionView, emptySubmissionView());
    expect(view).toMatchObject({
      status: 'returned',
      organisationId: 'county-1',
      participants: ['m-1', 'm-2'],
      submitterId: 'm-1',
      revision: 1,
      content,
    });
  });
});
