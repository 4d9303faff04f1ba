import type { SubmissionReadModel } from '../ports/submission-read-model';
import type { Principal } from '../principal';

/** 我的信息: the items the caller submitted or co-submitted, newest first. */
export class ListMySubmissionsHandler {
  constructor(private readonly submissions: SubmissionReadModel) {}

  execute(principal: Principal, limit: number) {
    return this.submissions.listFor(principal.userId, limit);
  }
}
