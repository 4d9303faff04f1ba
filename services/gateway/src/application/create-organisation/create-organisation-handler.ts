import { newId, type Actor, type CreateOrganisationRequest } from '@opinion/contracts';
import { IdentityRuleError } from '../../domain/identity-errors';
import { decideCreate } from '../../domain/organisation/organisation';
import { assertReach } from '../admin-reach';
import { organisationStreamId, type IdentityStreams } from '../identity-streams';
import { metadataOf } from '../principal';

export interface CreateOrganisationCommand extends CreateOrganisationRequest {
  /** Given by the seed for a stable demo tree; new organisations get a UUIDv7. */
  organisationId?: string;
  actor: Actor;
}

export class CreateOrganisationHandler {
  constructor(private readonly streams: IdentityStreams) {}

  async execute({ actor, organisationId = newId(), ...request }: CreateOrganisationCommand) {
    const parent = request.parentId
      ? (await this.streams.loadOrganisation(request.parentId)).state
      : null;
    if (parent?.organisationId) assertReach(actor, parent);
    else if (actor.role !== 'system') {
      throw new IdentityRuleError('forbidden', 'only the system creates a root committee');
    }
    const { state } = await this.streams.loadOrganisation(organisationId);
    const events = decideCreate(state, { organisationId, ...request }, parent);
    const version = await this.streams.append(
      organisationStreamId(organisationId),
      'no_stream',
      events,
      metadataOf(actor),
    );
    return { organisationId, version };
  }
}
