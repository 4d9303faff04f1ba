import { newId, type Actor, type CreateUserRequest } from '@opinion/contracts';
import { IdentityRuleError } from '../../domain/identity-errors';
import { decideRegister } from '../../domain/user/user';
import { assertReach } from '../admin-reach';
import { userStreamId, type IdentityStreams } from '../identity-streams';
import type { Credentials } from '../ports/credentials';
import type { UsernameReservations } from '../ports/username-reservations';
import { metadataOf } from '../principal';

export interface CreateUserCommand extends CreateUserRequest {
  actor: Actor;
}

/** How long a reservation without a user stream is taken for a registration still under way. */
export const RESERVATION_GRACE_MS = 60_000;

/**
 * Reserve the name, store the password hash, then append `user-registered`. A crash after the
 * reservation leaves a name held by a user id with no stream: after the grace period the next
 * registration of that name takes it over. A crash after the hash leaves a hash nobody uses.
 */
export class CreateUserHandler {
  constructor(
    private readonly streams: IdentityStreams,
    private readonly reservations: UsernameReservations,
    private readonly credentials: Credentials,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async execute({ actor, password, ...request }: CreateUserCommand) {
    const { state: organisation } = await this.streams.loadOrganisation(request.organisationId);
    if (!organisation.organisationId) {
      throw new IdentityRuleError('invalid', `organisation ${request.organisationId} not found`);
    }
    assertReach(actor, organisation);
    const userId = newId();
    await this.reserve(request.username, userId);
    await this.credentials.set(userId, password);
    const events = decideRegister((await this.streams.loadUser(userId)).state, {
      userId,
      ...request,
    });
    const version = await this.streams.append(
      userStreamId(userId),
      'no_stream',
      events,
      metadataOf(actor),
    );
    return { userId, version };
  }

  private async reserve(username: string, userId: string): Promise<void> {
    const holder = await this.reservations.claim(username, userId);
    if (holder.userId === userId) return;
    const taken = new IdentityRuleError('already-exists', `username ${username} is taken`);
    const { version } = await this.streams.loadUser(holder.userId);
    const abandoned =
      version === 0 && this.now().getTime() - holder.since.getTime() > RESERVATION_GRACE_MS;
    if (!abandoned || !(await this.reservations.takeOver(username, holder.userId, userId))) {
      throw taken;
    }
  }
}
