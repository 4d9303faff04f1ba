import type { Actor } from '@opinion/contracts';
import { decideRename } from '../../domain/organisation/organisation';
import { assertReach } from '../admin-reach';
import { organisationStreamId, type IdentityStreams } from '../identity-streams';
import { metadataOf } from '../principal';

export interface RenameOrganisationCommand {
  organisationId: string;
  name: string;
  actor: Actor;
}

export class RenameOrganisationHandler {
  constructor(private readonly streams: IdentityStreams) {}

  async execute({ organisationId, name, actor }: RenameOrganisationCommand) {
    const { state, version } = await this.streams.loadOrganisation(organisationId);
    const events = decideRename(state, name);
    assertReach(actor, state);
    const next = await this.streams.append(
      organisationStreamId(organisationId),
      version,
      events,
      metadataOf(actor),
    );
    return { organisationId, version: next };
  }
}
