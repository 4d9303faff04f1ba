import { TRIAGE_EVENTS, type EventEnvelope } from '@opinion/contracts';
import { emptyAssessment, evolveAssessment } from './assessment-view';

const classification = (label: string) => ({
  label,
  confidence: 0.8,
  top: [{ label, score: 0.8 }],
  modelId: 'm',
});
const event = (type: string, data: unknown) =>
  ({ type, data, actor: { userId: 'e-1' }, occurredAt: '2026-11-21T08:00:00Z' }) as EventEnvelope;

describe('evolveAssessment', () => {
  it('keeps an editor correction in force over a later reclassification', () => {
    const view = [
      event(TRIAGE_EVENTS.itemAssessed, {
        itemId: 'i',
        orgId: 'o',
        submittedAt: '2026-11-20T08:00:00Z',
        classification: classification('城乡建设'),
        duplicateOf: null,
        similarity: 0.1,
        repeats: [],
        clusterId: 'i',
      }),
      event(TRIAGE_EVENTS.classificationCorrected, {
        itemId: 'i',
        label: '交通运输',
        previousLabel: '城乡建设',
      }),
      event(TRIAGE_EVENTS.itemReclassified, {
        itemId: 'i',
        revision: 2,
        classification: classification('环境保护'),
        previousLabel: '城乡建设',
      }),
    ].reduce(evolveAssessment, emptyAssessment());
    expect(view).toMatchObject({
      label: '交通运输',
      classification: { label: '环境保护' },
      correction: { label: '交通运输', previousLabel: '城乡建设', by: 'e-1' },
      clusterId: 'i',
    });
  });
});
