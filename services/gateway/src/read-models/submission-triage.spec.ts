import { triageEventsOf } from '../testing/triage-events';
import { emptySubmissionTriage, evolveSubmissionTriage } from './submission-triage';

const itemId = '019a0000-0000-7000-8000-0000000000e1';
const earlier = '019a0000-0000-7000-8000-0000000000e0';
const events = triageEventsOf(itemId);
const fold = (...stream: ReturnType<typeof events.assessed>[]) =>
  stream.reduce(evolveSubmissionTriage, emptySubmissionTriage());

describe('evolveSubmissionTriage', () => {
  it('keeps the assessment: label, confidence, the item it repeats, its cluster', () => {
    const assessed = events.assessed({
      label: '医疗卫生',
      confidence: 0.9,
      duplicateOf: earlier,
      similarity: 0.96,
      clusterId: earlier,
    });
    expect(fold(assessed)).toEqual({
      assessed: true,
      label: '医疗卫生',
      modelLabel: '医疗卫生',
      modelConfidence: 0.9,
      corrected: false,
      duplicateOf: earlier,
      duplicate: true,
      similarity: 0.96,
      clusterId: earlier,
    });
  });

  it('follows a reclassification until an editor corrects the label, which then wins', () => {
    const reclassified = fold(
      events.assessed({ label: '城乡建设' }),
      events.reclassified(2, '生态环境', '城乡建设', 0.6),
    );
    expect(reclassified).toMatchObject({
      label: '生态环境',
      modelConfidence: 0.6,
      corrected: false,
    });

    const corrected = fold(
      events.assessed({ label: '城乡建设' }),
      events.corrected(2, '社会治理', '城乡建设'),
      events.reclassified(3, '生态环境', '社会治理', 0.6),
    );
    expect(corrected).toMatchObject({
      label: '社会治理',
      modelLabel: '生态环境',
      corrected: true,
      duplicate: false,
    });
  });
});
