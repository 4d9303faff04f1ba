import type { Actor } from '@opinion/contracts';
import { isWithin } from '../../domain/organisation/org-tree';
import type { IdentityDirectory } from '../ports/identity-directory';

/** The committees an administrator manages: their own and every one below it. */
export class ListOrganisationsHandler {
  constructor(private readonly directory: IdentityDirectory) {}

  async execute(actor: Actor) {
    const all = await this.directory.organisations();
    return all.filter((organisation) => isWithin(organisation, actor.orgId));
  }
}
