import { IdentityRuleError } from '../../domain/identity-errors';
import type { IdentityDirectory } from '../ports/identity-directory';
import type { Principal } from '../principal';

/** GET /me: who the caller is, with their committee. */
export class GetMeHandler {
  constructor(private readonly directory: IdentityDirectory) {}

  async execute(principal: Principal) {
    const user = await this.directory.user(principal.userId);
    if (!user) throw new IdentityRuleError('not-found', 'user not found');
    const organisation = await this.directory.organisation(principal.organisationId);
    return { ...user, organisation };
  }
}
