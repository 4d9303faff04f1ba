import {
  describeTimelineEntry,
  newId,
  SUBMISSION_EVENTS,
  TRIAGE_EVENTS,
  type EventEnvelope,
} from '@opinion/contracts';
import { timelineEntryOf } from './timeline-entry';

const itemId = '019a0000-0000-7000-8000-000000000001';
const earlier = '019a0000-0000-7000-8000-000000000000';

const event = (type: string, data: unknown): EventEnvelope => ({
  eventId: newId(),
  type,
  version: 1,
  streamId: `triage-${itemId}`,
  streamPosition: 1,
  occurredAt: '2026-11-21T08:00:00.000Z',
  actor: { userId: 'triage', role: 'system', orgId: 'org-county' },
  correlationId: newId(),
  causationId: null,
  data,
});

describe('timeline entries', () => {
  it('keeps the assessment’s label, duplicate and cluster, and remarks on them in zh-CN', () => {
    const found = timelineEntryOf(
      event(TRIAGE_EVENTS.itemAssessed, {
        itemId,
        orgId: 'org-county',
        submittedAt: '2026-11-21T07:59:00.000Z',
        classification: { label: '城乡建设', confidence: 0.9, top: [], modelId: 'm' },
        duplicateOf: earlier,
        similarity: 0.95,
        repeats: [],
        clusterId: earlier,
      }),
    );
    expect(found?.itemId).toBe(itemId);
    expect(found?.entry.summary).toEqual({
      label: '城乡建设',
      confidence: 0.9,
      duplicateOf: earlier,
      clusterId: earlier,
    });
    expect(describeTimelineEntry(itemId, found!.entry)).toEqual({
      label: '智能分类',
      tags: ['疑似重复', '热点归类'],
    });
  });

  it('never keeps the item’s text', () => {
    const found = timelineEntryOf(
      event(SUBMISSION_EVENTS.revised, {
        submissionId: itemId,
        revision: 2,
        content: { title: '标题', body: { text: '正文' }, coSubmitters: [] },
        note: '补充了数据',
      }),
    );
    expect(found?.entry.summary).toEqual({ revision: 2 });
  });

  it('leaves out events a timeline does not show', () => {
    const recorded = event(SUBMISSION_EVENTS.screeningRecorded, {
      submissionId: itemId,
      screeningEventId: newId(),
      outcome: 'accepted',
    });
    expect(timelineEntryOf(recorded)).toBeNull();
    expect(timelineEntryOf(event(TRIAGE_EVENTS.modelAdopted, { modelId: 'm' }))).toBeNull();
  });
});
