import type { Actor, UpdateUserRequest } from '@opinion/contracts';
import { IdentityRuleError } from '../../domain/identity-errors';
import { decideUpdate, endsSessions } from '../../domain/user/user';
import { assertReach } from '../admin-reach';
import { userStreamId, type IdentityStreams } from '../identity-streams';
import type { Credentials } from '../ports/credentials';
import type { Sessions } from '../ports/sessions';
import { metadataOf } from '../principal';

export interface UpdateUserCommand extends UpdateUserRequest {
  userId: string;
  actor: Actor;
}

/** Changes a user; a change of role, committee, password or access ends their sessions at once. */
export class UpdateUserHandler {
  constructor(
    private readonly streams: IdentityStreams,
    private readonly credentials: Credentials,
    private readonly sessions: Sessions,
  ) {}

  async execute({ userId, actor, password, ...changes }: UpdateUserCommand) {
    const { state, version } = await this.streams.loadUser(userId);
    if (!state.userId || !state.organisationId) {
      throw new IdentityRuleError('not-found', 'user not found');
    }
    assertReach(actor, (await this.streams.loadOrganisation(state.organisationId)).state);
    if (changes.organisationId) {
      const target = (await this.streams.loadOrganisation(changes.organisationId)).state;
      if (!target.organisationId) {
        throw new IdentityRuleError('invalid', `organisation ${changes.organisationId} not found`);
      }
      assertReach(actor, target);
    }
    const events = decideUpdate(state, { ...changes, passwordChanged: password !== undefined });
    if (password !== undefined) await this.credentials.set(userId, password);
    const next = await this.streams.append(
      userStreamId(userId),
      version,
      events,
      metadataOf(actor),
    );
    if (endsSessions(events)) await this.sessions.revokeAllOf(userId);
    return { userId, version: next };
  }
}
