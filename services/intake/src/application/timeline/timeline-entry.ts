import {
  SCREENING_EVENTS,
  SUBMISSION_EVENTS,
  TRIAGE_EVENTS,
  type ClassificationCorrected,
  type EventEnvelope,
  type ItemAssessed,
  type ItemReclassified,
  type Revised,
  type ScreeningMerged,
  type ScreeningNotUsed,
  type ScreeningReturned,
  type Submitted,
  type TimelineEntry,
  type TimelineSummary,
  type Withdrawn,
} from '@opinion/contracts';

type Summarise = (data: never) => TimelineSummary;

/**
 * The events a timeline shows and what it keeps of each. `screening-recorded` is left out: it
 * restates editorial's decision, which the timeline has from editorial itself.
 */
const SUMMARIES: Record<string, Summarise> = {
  [SUBMISSION_EVENTS.draftSaved]: () => ({}),
  [SUBMISSION_EVENTS.submitted]: (data: Submitted) => ({ origin: data.origin.kind }),
  [SUBMISSION_EVENTS.revised]: (data: Revised) => ({ revision: data.revision }),
  [SUBMISSION_EVENTS.withdrawn]: (data: Withdrawn) => (data.reason ? { reason: data.reason } : {}),
  [SCREENING_EVENTS.returned]: (data: ScreeningReturned) => ({ comments: data.comments }),
  [SCREENING_EVENTS.accepted]: () => ({}),
  [SCREENING_EVENTS.notUsed]: (data: ScreeningNotUsed) => ({ reason: data.reason }),
  [SCREENING_EVENTS.merged]: (data: ScreeningMerged) => ({
    intoSubmissionId: data.intoSubmissionId,
  }),
  [TRIAGE_EVENTS.itemAssessed]: (data: ItemAssessed) => ({
    label: data.classification.label,
    confidence: data.classification.confidence,
    duplicateOf: data.duplicateOf,
    clusterId: data.clusterId,
  }),
  [TRIAGE_EVENTS.itemReclassified]: (data: ItemReclassified) => ({
    revision: data.revision,
    label: data.classification.label,
    previousLabel: data.previousLabel,
  }),
  [TRIAGE_EVENTS.classificationCorrected]: (data: ClassificationCorrected) => ({
    label: data.label,
    previousLabel: data.previousLabel,
  }),
};

/** Submission and screening events name the item `submissionId`, triage's `itemId`. */
const itemIdOf = (data: unknown): string | undefined => {
  const { submissionId, itemId } = data as { submissionId?: string; itemId?: string };
  return submissionId ?? itemId;
};

/** The item an event belongs to and its timeline entry; null for events a timeline does not show. */
export function timelineEntryOf(
  event: EventEnvelope,
): { itemId: string; entry: TimelineEntry } | null {
  const summarise = SUMMARIES[event.type];
  const itemId = itemIdOf(event.data);
  if (!summarise || !itemId) return null;
  return {
    itemId,
    entry: {
      eventId: event.eventId,
      type: event.type,
      occurredAt: event.occurredAt,
      actor: event.actor,
      streamId: event.streamId,
      streamPosition: event.streamPosition,
      summary: summarise(event.data as never),
    },
  };
}
