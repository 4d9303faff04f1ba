import type {
  Contributor,
  DirectSourceType,
  DraftContent,
  ScreeningOutcome,
  SourceType,
  SubmissionContent,
  SubmissionOrigin,
  SubmissionStatus,
} from '@opinion/contracts';

/**
 * Where an item stands. `returned`, `accepted`, `not-used` and `merged` come from the editorial
 * service's screening; `none` means the stream does not exist yet.
 */
export type { SubmissionStatus };

/** One kept version of the text: revision 1 is the submitted one. */
export interface Revision {
  revision: number;
  content: SubmissionContent;
  note?: string;
  at: string;
}

export interface SubmissionState {
  status: SubmissionStatus;
  submitter: Contributor | null;
  sourceType: SourceType | null;
  origin: SubmissionOrigin | null;
  draft: { sourceType?: DirectSourceType; content: DraftContent } | null;
  revisions: Revision[];
  lastScreening: { outcome: ScreeningOutcome; comments?: string; at: string } | null;
  /** Editorial events already recorded, so a redelivered one changes nothing. */
  screeningEventIds: string[];
}

export const initialSubmissionState = (): SubmissionState => ({
  status: 'none',
  submitter: null,
  sourceType: null,
  origin: null,
  draft: null,
  revisions: [],
  lastScreening: null,
  screeningEventIds: [],
});

/** The text as it stands now: the latest revision. */
export const currentContent = (state: SubmissionState): SubmissionContent | null =>
  state.revisions.at(-1)?.content ?? null;
