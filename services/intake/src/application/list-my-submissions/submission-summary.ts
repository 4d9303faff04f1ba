import {
  SUBMISSION_EVENTS,
  type Contributor,
  type DraftSaved,
  type EventEnvelope,
  type Revised,
  type ScreeningRecorded,
  type SourceType,
  type Submitted,
} from '@opinion/contracts';
import { statusAfterScreening, type SubmissionStatus } from '../../domain';

/** One line of "my items" (我的信息): what a member needs to follow each item's fate. */
export interface SubmissionSummary {
  submissionId: string | null;
  title: string | null;
  status: SubmissionStatus;
  sourceType: SourceType | null;
  /** Submitter first, then co-submitters: everyone who finds the item in their list. */
  participants: string[];
  revision: number;
  submittedAt: string | null;
  updatedAt: string | null;
}

export const emptySummary = (): SubmissionSummary => ({
  submissionId: null,
  title: null,
  status: 'none',
  sourceType: null,
  participants: [],
  revision: 0,
  submittedAt: null,
  updatedAt: null,
});

const ids = (submitterId: string, coSubmitters: Contributor[] = []) => [
  submitterId,
  ...coSubmitters.map((person) => person.userId),
];

/** Folds the intake's own events into the summary (the read model behind GET /submissions). */
export function evolveSummary(summary: SubmissionSummary, event: EventEnvelope): SubmissionSummary {
  const touched = { ...summary, updatedAt: event.occurredAt };
  switch (event.type) {
    case SUBMISSION_EVENTS.draftSaved: {
      const data = event.data as DraftSaved;
      return {
        ...touched,
        submissionId: data.submissionId,
        status: 'draft',
        title: data.content.title ?? null,
        participants: ids(data.submitter.userId),
      };
    }
    case SUBMISSION_EVENTS.submitted: {
      const data = event.data as Submitted;
      return {
        ...touched,
        submissionId: data.submissionId,
        status: 'submitted',
        title: data.content.title,
        sourceType: data.sourceType,
        participants: ids(data.submitter.userId, data.content.coSubmitters),
        revision: 1,
        submittedAt: event.occurredAt,
      };
    }
    case SUBMISSION_EVENTS.revised: {
      const data = event.data as Revised;
      return {
        ...touched,
        status: 'submitted',
        title: data.content.title,
        participants: ids(summary.participants[0], data.content.coSubmitters),
        revision: data.revision,
      };
    }
    case SUBMISSION_EVENTS.withdrawn:
      return { ...touched, status: 'withdrawn' };
    case SUBMISSION_EVENTS.screeningRecorded:
      return {
        ...touched,
        status: statusAfterScreening[(event.data as ScreeningRecorded).outcome],
      };
    default:
      return summary;
  }
}
