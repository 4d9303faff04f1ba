import {
  emptySubmissionFacts,
  evolveSubmissionFacts,
  SUBMISSION_EVENTS,
  type Contributor,
  type EventEnvelope,
  type SubmissionFacts,
} from '@opinion/contracts';

/** An item as the gateway shows it, with what the visibility rule needs to know of it. */
export interface SubmissionView extends SubmissionFacts {
  /** Committees it was forwarded to; escalation's forwarding events will fill this. */
  forwardedTo: string[];
  /** The submitter's name as the submission gave it, if it did (documents before: absent). */
  submitterName?: string | null;
}

export const emptySubmissionView = (): SubmissionView => ({
  ...emptySubmissionFacts(),
  forwardedTo: [],
  submitterName: null,
});

const NAMING_SUBMITTER: readonly string[] = [
  SUBMISSION_EVENTS.draftSaved,
  SUBMISSION_EVENTS.submitted,
];

/** Folds intake's published events (the `submission` streams) into the gateway's view. */
export function evolveSubmissionView(view: SubmissionView, event: EventEnvelope): SubmissionView {
  const next = evolveSubmissionFacts(view, event);
  if (!NAMING_SUBMITTER.includes(event.type)) return next;
  const { submitter } = event.data as { submitter: Contributor };
  return { ...next, submitterName: submitter.name ?? null };
}
