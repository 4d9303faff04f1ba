import type { Actor } from '@opinion/contracts';

export interface GetSubmissionQuery {
  submissionId: string;
  actor: Actor;
}
