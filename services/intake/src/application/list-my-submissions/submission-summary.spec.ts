import { emptySubmissionFacts } from '@opinion/contracts';
import { summaryOf } from './submission-summary';

describe('summaryOf', () => {
  it('shows the title and fate of an item, not its text or committee', () => {
    const facts = {
      ...emptySubmissionFacts(),
      submissionId: 's-1',
      status: 'accepted' as const,
      submitterId: 'm-1',
      participants: ['m-1', 'm-2'],
      organisationId: 'county-1',
      sourceType: 'member' as const,
      revision: 2,
      content: { title: '关于……的建议', body: { text: '正文' } },
      submittedAt: '2026-11-21T08:00:00.000Z',
      updatedAt: '2026-11-21T09:00:00.000Z',
    };
    expect(summaryOf(facts)).toEqual({
      submissionId: 's-1',
      title: '关于……的建议',
      status: 'accepted',
      sourceType: 'member',
      participants: ['m-1', 'm-2'],
      revision: 2,
      submittedAt: '2026-11-21T08:00:00.000Z',
      updatedAt: '2026-11-21T09:00:00.000Z',
    });
    expect(summaryOf(emptySubmissionFacts()).title).toBeNull();
  });
});
