import {
  emptySubmissionFacts,
  evolveSubmissionFacts,
  type EventEnvelope,
  type SubmissionFacts,
} from '@opinion/contracts';

/** An item as the gateway shows it, with what the visibility rule needs to know of it. */
export interface SubmissionView extends SubmissionFacts {
  /** Committees it was forwarded to; escalation's forwarding events will fill this. */
  forwardedTo: string[];
}

export const emptySubmissionView = (): SubmissionView => ({
  ...emptySubmissionFacts(),
  forwardedTo: [],
});

/** Folds intake's published events (the `submission` streams) into the gateway's view. */
export const evolveSubmissionView = (view: SubmissionView, event: EventEnvelope): SubmissionView =>
  evolveSubmissionFacts(view, event);
