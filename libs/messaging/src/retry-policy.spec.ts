import {
  deadLetterHeaders,
  DLQ_HEADERS,
  headerText,
  withoutDeadLetterHeaders,
} from './dead-letter';
import { backoffDelay } from './retry-policy';

describe('backoffDelay', () => {
  const policy = { attempts: 5, initialDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles up to the ceiling, jittered within its upper half', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(policy, attempt, () => 1))).toEqual([
      100, 200, 400, 800, 1_000,
    ]);
    expect(backoffDelay(policy, 3, () => 0)).toBe(200);
  });
});

describe('dead-letter headers', () => {
  it('carry the reason beside the original headers and come off for a replay', () => {
    const headers = deadLetterHeaders(
      { 'event-type': 'opinion.submission.submitted' },
      {
        topic: 'opinion.submission.events',
        partition: 2,
        offset: '41',
        groupId: 'triage',
        error: new TypeError('bad'),
        attempts: 5,
        failedAt: new Date('2026-11-21T08:00:00Z'),
      },
    );
    expect(headerText(headers, DLQ_HEADERS.error)).toBe('TypeError: bad');
    expect(headerText(headers, DLQ_HEADERS.partition)).toBe('2');
    expect(withoutDeadLetterHeaders(headers)).toEqual({
      'event-type': 'opinion.submission.submitted',
    });
  });
});
