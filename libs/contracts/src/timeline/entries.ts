import type { Actor } from '../envelope';
import type { SubmissionOrigin } from '../submission/events';

/**
 * What an item's timeline keeps of one event: who, when, and the few fields that say what
 * happened. Never the item's text: the timeline is read more widely than it is edited.
 */
export interface TimelineSummary {
  /** How the item came in (报送): directly, from a draft, or from a proposal. */
  origin?: SubmissionOrigin['kind'];
  /** The revision a change made or concerned (修改, 重新分类). */
  revision?: number;
  /** A withdrawal's or a rejection's reason, a return's comments (退回修改). */
  reason?: string;
  comments?: string;
  /** The item a merged one went into (合并). */
  intoSubmissionId?: string;
  /** Classification (智能分类, 重新分类, 更正分类). */
  label?: string;
  previousLabel?: string;
  confidence?: number;
  /** The earlier item this one repeats (疑似重复), and its same-issue cluster (热点归类). */
  duplicateOf?: string | null;
  clusterId?: string;
}

/** One event on an item's timeline, as the read model stores it. */
export interface TimelineEntry {
  eventId: string;
  type: string;
  occurredAt: string;
  actor: Actor;
  /** The event's stream and position there: the order of events with the same time. */
  streamId: string;
  streamPosition: number;
  summary: TimelineSummary;
}

/** An entry as the API answers it: the stable type with its zh-CN label and remarks. */
export interface TimelineEntryView extends Omit<TimelineEntry, 'streamId' | 'streamPosition'> {
  label: string;
  tags: string[];
}

export interface TimelineView {
  submissionId: string;
  entries: TimelineEntryView[];
}
