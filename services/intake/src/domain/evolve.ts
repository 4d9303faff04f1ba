import {
  SUBMISSION_EVENTS,
  type DraftSaved,
  type EventEnvelope,
  type Revised,
  type ScreeningRecorded,
  type Submitted,
} from '@opinion/contracts';
import type { SubmissionState, SubmissionStatus } from './submission-state';

/** The status each screening outcome leaves an item in. */
export const statusAfterScreening: Record<ScreeningRecorded['outcome'], SubmissionStatus> = {
  returned: 'returned',
  accepted: 'accepted',
  'not-used': 'not-used',
  merged: 'merged',
};

/** Applies one stored event of the submission's stream; unknown types leave the state as is. */
export function evolve(state: SubmissionState, event: EventEnvelope): SubmissionState {
  switch (event.type) {
    case SUBMISSION_EVENTS.draftSaved: {
      const data = event.data as DraftSaved;
      return {
        ...state,
        status: 'draft',
        submitter: data.submitter,
        draft: { sourceType: data.sourceType, content: data.content },
      };
    }
    case SUBMISSION_EVENTS.submitted: {
      const data = event.data as Submitted;
      return {
        ...state,
        status: 'submitted',
        submitter: data.submitter,
        sourceType: data.sourceType,
        origin: data.origin,
        draft: null,
        revisions: [{ revision: 1, content: data.content, at: event.occurredAt }],
      };
    }
    case SUBMISSION_EVENTS.revised: {
      const data = event.data as Revised;
      return {
        ...state,
        status: 'submitted',
        revisions: [
          ...state.revisions,
          {
            revision: data.revision,
            content: data.content,
            ...(data.note && { note: data.note }),
            at: event.occurredAt,
          },
        ],
      };
    }
    case SUBMISSION_EVENTS.withdrawn:
      return { ...state, status: 'withdrawn' };
    case SUBMISSION_EVENTS.screeningRecorded: {
      const data = event.data as ScreeningRecorded;
      return {
        ...state,
        status: statusAfterScreening[data.outcome],
        lastScreening: {
          outcome: data.outcome,
          ...(data.outcome === 'returned' && { comments: data.comments }),
          at: event.occurredAt,
        },
        screeningEventIds: [...state.screeningEventIds, data.screeningEventId],
      };
    }
    default:
      return state;
  }
}
