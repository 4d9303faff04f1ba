import { IdentityRuleError } from '../../domain/identity-errors';
import { isWithin } from '../../domain/organisation/org-tree';
import { assertReach } from '../admin-reach';
import type {
  ForwardCommandHandler,
  ForwardedAnswer,
} from '../forward-command/forward-command-handler';
import type { IdentityDirectory } from '../ports/identity-directory';
import { actorOf, type Principal } from '../principal';

type Headers = Record<string, string | undefined>;

/**
 * 分类体系 of a committee through the gateway. Staff read the taxonomy of their committee or of
 * one below it; administrators define it for the committees they manage (admin-reach). Triage
 * checks the role again and the taxonomy's rules; its answer comes back as it is.
 */
export class ForwardTaxonomyHandler {
  constructor(
    private readonly triage: ForwardCommandHandler,
    private readonly directory: IdentityDirectory,
  ) {}

  async read(orgId: string, principal: Principal, headers: Headers): Promise<ForwardedAnswer> {
    const organisation = await this.organisation(orgId);
    if (!isWithin(organisation, principal.organisationId)) {
      throw new IdentityRuleError('forbidden', 'outside the caller’s committees');
    }
    return this.forward('GET', orgId, undefined, principal, headers);
  }

  async define(
    orgId: string,
    body: unknown,
    principal: Principal,
    headers: Headers,
  ): Promise<ForwardedAnswer> {
    assertReach(actorOf(principal), await this.organisation(orgId));
    return this.forward('PUT', orgId, body, principal, headers);
  }

  private async organisation(orgId: string) {
    const organisation = await this.directory.organisation(orgId);
    if (!organisation) throw new IdentityRuleError('not-found', 'organisation not found');
    return organisation;
  }

  private forward(
    method: 'GET' | 'PUT',
    orgId: string,
    body: unknown,
    principal: Principal,
    headers: Headers,
  ) {
    const path = `/triage/taxonomies/${encodeURIComponent(orgId)}`;
    return this.triage.execute({ method, path, body, principal, headers });
  }
}
