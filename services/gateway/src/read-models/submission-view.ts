import {
  SUBMISSION_EVENTS,
  type DraftContent,
  type DraftSaved,
  type EventEnvelope,
  type Revised,
  type ScreeningRecorded,
  type SourceType,
  type Submitted,
} from '@opinion/contracts';

export type SubmissionStatus =
  'none' | 'draft' | 'submitted' | 'returned' | 'accepted' | 'not-used' | 'merged' | 'withdrawn';

/** An item as the gateway shows it, with what the visibility rule needs to know of it. */
export interface SubmissionView {
  submissionId: string | null;
  status: SubmissionStatus;
  submitterId: string | null;
  /** Submitter first, then co-submitters. */
  participants: string[];
  /** The committee it was submitted to: the submitter's at the time. */
  organisationId: string | null;
  /** Committees it was forwarded to; escalation's forwarding events will fill this. */
  forwardedTo: string[];
  sourceType: SourceType | null;
  revision: number;
  content: DraftContent | null;
  submittedAt: string | null;
  updatedAt: string | null;
}

export const emptySubmissionView = (): SubmissionView => ({
  submissionId: null,
  status: 'none',
  submitterId: null,
  participants: [],
  organisationId: null,
  forwardedTo: [],
  sourceType: null,
  revision: 0,
  content: null,
  submittedAt: null,
  updatedAt: null,
});

const participantsOf = (submitterId: string, content: DraftContent) => [
  submitterId,
  ...(content.coSubmitters ?? []).map((person) => person.userId),
];

/** Folds intake's published events (the `submission` streams) into the gateway's view. */
export function evolveSubmissionView(view: SubmissionView, event: EventEnvelope): SubmissionView {
  const touched = { ...view, updatedAt: event.occurredAt };
  switch (event.type) {
    case SUBMISSION_EVENTS.draftSaved: {
      const data = event.data as DraftSaved;
      return {
        ...touched,
        submissionId: data.submissionId,
        status: 'draft',
        submitterId: data.submitter.userId,
        participants: participantsOf(data.submitter.userId, data.content),
        organisationId: event.actor.orgId,
        sourceType: data.sourceType ?? null,
        content: data.content,
      };
    }
    case SUBMISSION_EVENTS.submitted: {
      const data = event.data as Submitted;
      return {
        ...touched,
        submissionId: data.submissionId,
        status: 'submitted',
        submitterId: data.submitter.userId,
        participants: participantsOf(data.submitter.userId, data.content),
        organisationId: view.organisationId ?? event.actor.orgId,
        sourceType: data.sourceType,
        revision: 1,
        content: data.content,
        submittedAt: event.occurredAt,
      };
    }
    case SUBMISSION_EVENTS.revised: {
      const data = event.data as Revised;
      return {
        ...touched,
        status: 'submitted',
        participants: participantsOf(view.submitterId ?? '', data.content),
        revision: data.revision,
        content: data.content,
      };
    }
    case SUBMISSION_EVENTS.withdrawn:
      return { ...touched, status: 'withdrawn' };
    case SUBMISSION_EVENTS.screeningRecorded:
      return { ...touched, status: (event.data as ScreeningRecorded).outcome };
    default:
      return view;
  }
}
