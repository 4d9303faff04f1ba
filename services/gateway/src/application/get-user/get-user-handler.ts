import type { Actor } from '@opinion/contracts';
import { IdentityRuleError } from '../../domain/identity-errors';
import { assertReach } from '../admin-reach';
import type { IdentityDirectory } from '../ports/identity-directory';

/** A user as an administrator of their committee (or one above it) sees them. */
export class GetUserHandler {
  constructor(private readonly directory: IdentityDirectory) {}

  async execute(userId: string, actor: Actor) {
    const user = await this.directory.user(userId);
    const organisation = user?.organisationId
      ? await this.directory.organisation(user.organisationId)
      : null;
    if (!user || !organisation) throw new IdentityRuleError('not-found', 'user not found');
    assertReach(actor, organisation);
    return user;
  }

  async listOf(organisationId: string, actor: Actor, limit: number) {
    const organisation = await this.directory.organisation(organisationId);
    if (!organisation) throw new IdentityRuleError('not-found', 'organisation not found');
    assertReach(actor, organisation);
    return this.directory.usersOf(organisationId, limit);
  }
}
