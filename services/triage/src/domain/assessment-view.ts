import {
  TRIAGE_EVENTS,
  type Classification,
  type ClassificationCorrected,
  type EventEnvelope,
  type ItemAssessed,
  type ItemReclassified,
} from '@opinion/contracts';
import { weekOf } from './week';

/** One item's triage as the read model keeps it (`triage_assessments`, one document per item). */
export interface AssessmentView {
  itemId: string;
  orgId: string;
  submittedAt: string;
  /** Calendar week of submission (see week.ts), for hot-issue counts by $group. */
  week: number;
  /** The model's latest answer (after the last revision). */
  classification: Classification | null;
  /** The label in force: the editor's correction if there is one, else the model's. */
  label: string | null;
  correction: { label: string; previousLabel: string; by: string; at: string } | null;
  duplicateOf: string | null;
  similarity: number;
  repeats: { itemId: string; similarity: number }[];
  clusterId: string | null;
}

export const emptyAssessment = (): AssessmentView => ({
  itemId: '',
  orgId: '',
  submittedAt: '',
  week: 0,
  classification: null,
  label: null,
  correction: null,
  duplicateOf: null,
  similarity: 0,
  repeats: [],
  clusterId: null,
});

export function evolveAssessment(view: AssessmentView, event: EventEnvelope): AssessmentView {
  switch (event.type) {
    case TRIAGE_EVENTS.itemAssessed: {
      const data = event.data as ItemAssessed;
      return {
        ...view,
        itemId: data.itemId,
        orgId: data.orgId,
        submittedAt: data.submittedAt,
        week: weekOf(new Date(data.submittedAt)),
        classification: data.classification,
        label: view.correction?.label ?? data.classification.label,
        duplicateOf: data.duplicateOf,
        similarity: data.similarity,
        repeats: data.repeats,
        clusterId: data.clusterId,
      };
    }
    case TRIAGE_EVENTS.itemReclassified: {
      const { classification } = event.data as ItemReclassified;
      return { ...view, classification, label: view.correction?.label ?? classification.label };
    }
    case TRIAGE_EVENTS.classificationCorrected: {
      const { label, previousLabel } = event.data as ClassificationCorrected;
      const correction = { label, previousLabel, by: event.actor.userId, at: event.occurredAt };
      return { ...view, label, correction };
    }
    default:
      return view;
  }
}
