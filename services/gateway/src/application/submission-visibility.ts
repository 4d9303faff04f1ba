import { mayView } from '../domain/visibility/visibility-policy';
import type { SubmissionView } from '../read-models/submission-view';
import type { IdentityDirectory } from './ports/identity-directory';
import type { Principal } from './principal';

/** The visibility rule applied to the gateway's read model of items, for one caller. */
export class SubmissionVisibility {
  constructor(private readonly directory: IdentityDirectory) {}

  async visible(view: SubmissionView, principal: Principal): Promise<boolean> {
    const [visible] = await this.visibleEach([view], principal);
    return visible;
  }

  /** Whether the caller may see each of the items, in their order. */
  async visibleEach(views: readonly SubmissionView[], principal: Principal): Promise<boolean[]> {
    // Liaison points are looked up only when the rule needs them.
    const liaison = principal.role === 'liaison';
    const viewer = liaison ? await this.directory.user(principal.userId) : null;
    return Promise.all(
      views.map(async (view) => {
        if (!view.organisationId || !view.submitterId) return false;
        const submitter = liaison ? await this.directory.user(view.submitterId) : null;
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
      }),
    );
  }
}
