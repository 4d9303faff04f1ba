import { IdentityRuleError } from '../../domain/identity-errors';
import { isWithin } from '../../domain/organisation/org-tree';
import type {
  ForwardCommandHandler,
  ForwardedAnswer,
} from '../forward-command/forward-command-handler';
import type { IdentityDirectory } from '../ports/identity-directory';
import type { Principal } from '../principal';

/**
 * 重新训练 on request, for one committee's model: the caller's own unless named; an editor asks
 * for their committee's, an administrator for theirs or one below. The default model every
 * committee shares is retrained nightly only, so no single committee triggers it.
 */
export class RequestRetrainHandler {
  constructor(
    private readonly triage: ForwardCommandHandler,
    private readonly directory: IdentityDirectory,
  ) {}

  async execute(
    orgId: string | undefined,
    principal: Principal,
    headers: Record<string, string | undefined>,
  ): Promise<ForwardedAnswer> {
    const scope = orgId ?? principal.organisationId;
    const organisation = await this.directory.organisation(scope);
    if (!organisation) throw new IdentityRuleError('not-found', 'organisation not found');
    const reach =
      principal.role === 'admin'
        ? isWithin(organisation, principal.organisationId)
        : scope === principal.organisationId;
    if (!reach) throw new IdentityRuleError('forbidden', 'outside the caller’s committees');
    return this.triage.execute({
      method: 'POST',
      path: '/triage/models/retrain',
      body: { orgId: scope },
      principal,
      headers,
    });
  }
}
