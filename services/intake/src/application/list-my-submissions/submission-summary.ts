import type { SourceType, SubmissionFacts, SubmissionStatus } from '@opinion/contracts';

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

/** The line of an item's facts (the read model keeps the facts, libs/contracts folds them). */
export const summaryOf = (facts: SubmissionFacts): SubmissionSummary => ({
  submissionId: facts.submissionId,
  title: facts.content?.title ?? null,
  status: facts.status,
  sourceType: facts.sourceType,
  participants: facts.participants,
  revision: facts.revision,
  submittedAt: facts.submittedAt,
  updatedAt: facts.updatedAt,
});
