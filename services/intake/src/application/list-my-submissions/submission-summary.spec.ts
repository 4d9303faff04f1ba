import { SUBMISSION_EVENTS, type EventEnvelope } from '@opinion/contracts';
import { emptySummary, evolveSummary } from './submission-summary';

const submissionId = '019a0000-0000-7000-8000-000000000001';
const at = (n: number) => `2026-11-21T08:00:0${n}.000Z`;
const event = (n: number, type: string, data: object) =>
  ({
    type,
    data: { submissionId, ...data },
    occurredAt: at(n),
    streamPosition: n,
  }) as EventEnvelope;

describe('evolveSummary', () => {
  it('follows an item from draft through return and revision to withdrawal', () => {
    const content = {
      title: '关于……的建议',
      body: { text: '正文' },
      coSubmitters: [{ userId: 'm-2' }],
    };
    const steps = [
      event(1, SUBMISSION_EVENTS.draftSaved, { submitter: { userId: 'm-1' }, content: {} }),
      event(2, SUBMISSION_EVENTS.submitted, {
        submitter: { userId: 'm-1' },
        sourceType: 'member',
        origin: { kind: 'draft' },
        content,
      }),
      event(3, SUBMISSION_EVENTS.screeningRecorded, {
        outcome: 'returned',
        comments: '补充',
        screeningEventId: 's',
      }),
    ];
    const returned = steps.reduce(evolveSummary, emptySummary());
    expect(returned).toEqual({
      submissionId,
      title: '关于……的建议',
      status: 'returned',
      sourceType: 'member',
      participants: ['m-1', 'm-2'],
      revision: 1,
      submittedAt: at(2),
      updatedAt: at(3),
    });
    const revised = evolveSummary(
      returned,
      event(4, SUBMISSION_EVENTS.revised, {
        revision: 2,
        content: { ...content, title: '关于……的建议（修改稿）', coSubmitters: [{ userId: 'm-3' }] },
      }),
    );
    expect(revised).toMatchObject({
      status: 'submitted',
      revision: 2,
      participants: ['m-1', 'm-3'],
    });
    expect(evolveSummary(revised, event(5, SUBMISSION_EVENTS.withdrawn, {})).status).toBe(
      'withdrawn',
    );
  });
});
