import type { EventEnvelope } from '../envelope';
import { SUBMISSION_EVENTS } from './events';
import { emptySubmissionFacts, evolveSubmissionFacts } from './submission-facts';

const submissionId = '019a0000-0000-7000-8000-000000000001';
const at = (n: number) => `2026-11-21T08:00:0${n}.000Z`;
const event = (n: number, type: string, data: object, orgId = 'county-1') =>
  ({
    type,
    data: { submissionId, ...data },
    occurredAt: at(n),
    streamPosition: n,
    actor: { userId: 'm-1', role: 'member', orgId },
  }) as EventEnvelope;

const content = {
  title: '关于……的建议',
  body: { text: '正文' },
  coSubmitters: [{ userId: 'm-2' }],
};

describe('evolveSubmissionFacts', () => {
  it('follows an item from draft through return and revision to withdrawal', () => {
    const draft = evolveSubmissionFacts(
      emptySubmissionFacts(),
      event(1, SUBMISSION_EVENTS.draftSaved, { submitter: { userId: 'm-1' }, content }),
    );
    expect(draft).toMatchObject({ status: 'draft', participants: ['m-1'] });

    const returned = [
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
    ].reduce(evolveSubmissionFacts, draft);
    expect(returned).toEqual({
      submissionId,
      status: 'returned',
      submitterId: 'm-1',
      participants: ['m-1', 'm-2'],
      organisationId: 'county-1',
      sourceType: 'member',
      revision: 1,
      content,
      submittedAt: at(2),
      updatedAt: at(3),
    });

    const revisedContent = {
      ...content,
      title: '关于……的建议（修改稿）',
      coSubmitters: [{ userId: 'm-3' }],
    };
    const revised = evolveSubmissionFacts(
      returned,
      event(4, SUBMISSION_EVENTS.revised, { revision: 2, content: revisedContent }),
    );
    expect(revised).toMatchObject({
      status: 'submitted',
      revision: 2,
      participants: ['m-1', 'm-3'],
      content: revisedContent,
    });
    expect(evolveSubmissionFacts(revised, event(5, SUBMISSION_EVENTS.withdrawn, {})).status).toBe(
      'withdrawn',
    );
  });

  it("keeps a reader's own fields", () => {
    const view = { ...emptySubmissionFacts(), forwardedTo: ['city-1'] };
    const next = evolveSubmissionFacts(view, event(1, SUBMISSION_EVENTS.withdrawn, {}));
    expect(next.forwardedTo).toEqual(['city-1']);
  });
});
