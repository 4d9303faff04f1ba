import { IdentityRuleError } from '../../domain/identity-errors';
import { mayView } from '../../domain/visibility/visibility-policy';
import type { SubmissionView } from '../../read-models/submission-view';
import type { IdentityDirectory } from '../ports/identity-directory';
import type { StoredSubmission, SubmissionReadModel } from '../ports/submission-read-model';
import type { Principal } from '../principal';

/** One item, if the caller may see it; otherwise "not found", exactly as for a missing one. */
export class GetSubmissionHandler {
  constructor(
    private readonly submissions: SubmissionReadModel,
    private readonly directory: IdentityDirectory,
  ) {}

  async execute(submissionId: string, principal: Principal): Promise<StoredSubmission> {
    const stored = await this.submissions.find(submissionId);
    if (!stored || !(await this.visible(stored.view, principal))) {
      throw new IdentityRuleError('not-found', 'submission not found');
    }
    return stored;
  }

  private async visible(view: SubmissionView, principal: Principal): Promise<boolean> {
    if (!view.organisationId || !view.submitterId) return false;
    // Liaison points are looked up only when the rule needs them.
    const liaison = principal.role === 'liaison';
    const [viewer, submitter] = liaison
      ? await Promise.all([
          this.directory.user(principal.userId),
          this.directory.user(view.submitterId),
        ])
      : [null, null];
    return mayView(
      {
        userId: principal.userId,
        role: principal.role,
        organisationId: principal.organisationId,
        liaisonPoint: viewer?.profile.liaisonPoint ?? null,
      },
      {
        participants: view.participants,
        organisationId: view.organisationId,
        forwardedTo: view.forwardedTo,
        draft: view.status === 'draft',
        sourceType: view.sourceType,
        submitterLiaisonPoint: submitter?.profile.liaisonPoint ?? null,
      },
    );
  }
}
