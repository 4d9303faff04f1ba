import { IdentityRuleError } from '../../domain/identity-errors';
import type { StoredSubmission, SubmissionReadModel } from '../ports/submission-read-model';
import type { Principal } from '../principal';
import type { SubmissionVisibility } from '../submission-visibility';

/** One item, if the caller may see it; otherwise "not found", exactly as for a missing one. */
export class GetSubmissionHandler {
  constructor(
    private readonly submissions: SubmissionReadModel,
    private readonly visibility: SubmissionVisibility,
  ) {}

  async execute(submissionId: string, principal: Principal): Promise<StoredSubmission> {
    const stored = await this.submissions.find(submissionId);
    if (!stored || !(await this.visibility.visible(stored.view, principal))) {
      throw new IdentityRuleError('not-found', 'submission not found');
    }
    return stored;
  }
}
