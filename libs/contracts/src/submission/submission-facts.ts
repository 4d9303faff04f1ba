import type { EventEnvelope } from '../envelope';
import {
  SUBMISSION_EVENTS,
  type DraftSaved,
  type Revised,
  type ScreeningRecorded,
  type Submitted,
} from './events';
import type { DraftContent, SourceType } from './fields';

export type SubmissionStatus =
  | 'none'
  | 'draft' // 草稿
  | 'submitted' // 已报送, awaiting screening
  | 'returned' // 退回修改
  | 'accepted' // 采用
  | 'not-used' // 不予采用
  | 'merged' // 已合并
  | 'withdrawn'; // 已撤回

/**
 * What every reader of intake's published events knows of an item: the fold behind the gateway's
 * view (visibility) and intake's "my items", kept in one place so the two cannot drift apart.
 */
export interface SubmissionFacts {
  submissionId: string | null;
  status: SubmissionStatus;
  submitterId: string | null;
  /** Submitter first, then co-submitters; a draft is its author's alone. */
  participants: string[];
  /** The committee it was submitted to: the submitter's at the time. */
  organisationId: string | null;
  sourceType: SourceType | null;
  revision: number;
  content: DraftContent | null;
  submittedAt: string | null;
  updatedAt: string | null;
}

export const emptySubmissionFacts = (): SubmissionFacts => ({
  submissionId: null,
  status: 'none',
  submitterId: null,
  participants: [],
  organisationId: null,
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

/** Applies one event of a `submission` stream; fields a reader adds to the facts are kept. */
export function evolveSubmissionFacts<Facts extends SubmissionFacts>(
  facts: Facts,
  event: EventEnvelope,
): Facts {
  const touched = { ...facts, updatedAt: event.occurredAt };
  switch (event.type) {
    case SUBMISSION_EVENTS.draftSaved: {
      const data = event.data as DraftSaved;
      return {
        ...touched,
        submissionId: data.submissionId,
        status: 'draft',
        submitterId: data.submitter.userId,
        participants: [data.submitter.userId],
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
        organisationId: facts.organisationId ?? event.actor.orgId,
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
        participants: participantsOf(facts.submitterId ?? '', data.content),
        revision: data.revision,
        content: data.content,
      };
    }
    case SUBMISSION_EVENTS.withdrawn:
      return { ...touched, status: 'withdrawn' };
    case SUBMISSION_EVENTS.screeningRecorded:
      return { ...touched, status: (event.data as ScreeningRecorded).outcome };
    default:
      return facts;
  }
}
