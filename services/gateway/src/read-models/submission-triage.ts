import {
  TRIAGE_EVENTS,
  type ClassificationCorrected,
  type EventEnvelope,
  type ItemAssessed,
  type ItemReclassified,
} from '@opinion/contracts';

/**
 * What the gateway keeps of triage's answer about an item (研判), beside the item in
 * `gateway_submissions`, for the editors' inbox: the label in force, the earlier item it repeats
 * and its same-issue cluster. Folded from the item's `triage-<itemId>` stream.
 */
export interface SubmissionTriage {
  assessed: boolean;
  /** The label in force: an editor's correction wins over the model's (later) answers. */
  label: string | null;
  /** The model's latest label and its probability. */
  modelLabel: string | null;
  modelConfidence: number | null;
  corrected: boolean;
  /** The earlier item this one repeats (合并候选), if any. */
  duplicateOf: string | null;
  /** `duplicateOf !== null`, kept as a field so the inbox's filter is an index equality. */
  duplicate: boolean;
  /** Similarity to `duplicateOf`, or to the nearest earlier item. */
  similarity: number | null;
  /** The cluster's first item (the item itself when it starts one). */
  clusterId: string | null;
}

export const emptySubmissionTriage = (): SubmissionTriage => ({
  assessed: false,
  label: null,
  modelLabel: null,
  modelConfidence: null,
  corrected: false,
  duplicateOf: null,
  duplicate: false,
  similarity: null,
  clusterId: null,
});

/** Applies one event of an item's `triage-<itemId>` stream. */
export function evolveSubmissionTriage(
  triage: SubmissionTriage,
  event: EventEnvelope,
): SubmissionTriage {
  switch (event.type) {
    case TRIAGE_EVENTS.itemAssessed: {
      const data = event.data as ItemAssessed;
      return {
        ...triage,
        assessed: true,
        label: triage.corrected ? triage.label : data.classification.label,
        modelLabel: data.classification.label,
        modelConfidence: data.classification.confidence,
        duplicateOf: data.duplicateOf,
        duplicate: data.duplicateOf !== null,
        similarity: data.similarity,
        clusterId: data.clusterId,
      };
    }
    case TRIAGE_EVENTS.itemReclassified: {
      const { classification } = event.data as ItemReclassified;
      return {
        ...triage,
        label: triage.corrected ? triage.label : classification.label,
        modelLabel: classification.label,
        modelConfidence: classification.confidence,
      };
    }
    case TRIAGE_EVENTS.classificationCorrected: {
      const { label } = event.data as ClassificationCorrected;
      return { ...triage, label, corrected: true };
    }
    default:
      return triage;
  }
}
