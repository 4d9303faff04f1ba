import { SCREENING_EVENTS } from '../submission/screening-events';
import { SUBMISSION_EVENTS } from '../submission/events';
import { TRIAGE_EVENTS } from '../triage/events';
import type { TimelineEntry } from './entries';

/** The zh-CN name of every event type a timeline shows. */
export const TIMELINE_LABELS: Readonly<Record<string, string>> = {
  [SUBMISSION_EVENTS.draftSaved]: '保存草稿',
  [SUBMISSION_EVENTS.submitted]: '报送',
  [SUBMISSION_EVENTS.revised]: '修改',
  [SUBMISSION_EVENTS.withdrawn]: '撤回',
  [SCREENING_EVENTS.returned]: '退回修改',
  [SCREENING_EVENTS.accepted]: '采用',
  [SCREENING_EVENTS.notUsed]: '不予采用',
  [SCREENING_EVENTS.merged]: '合并',
  [TRIAGE_EVENTS.itemAssessed]: '智能分类',
  [TRIAGE_EVENTS.itemReclassified]: '重新分类',
  [TRIAGE_EVENTS.classificationCorrected]: '更正分类',
};

/**
 * The label of an entry and its remarks: an assessment that found an earlier item it repeats is
 * 疑似重复; one that put the item in a cluster another item started is 热点归类.
 */
export function describeTimelineEntry(
  itemId: string,
  entry: TimelineEntry,
): { label: string; tags: string[] } {
  const { duplicateOf, clusterId } = entry.summary;
  const tags = [
    ...(duplicateOf ? ['疑似重复'] : []),
    ...(clusterId && clusterId !== itemId ? ['热点归类'] : []),
  ];
  return { label: TIMELINE_LABELS[entry.type] ?? entry.type, tags };
}
