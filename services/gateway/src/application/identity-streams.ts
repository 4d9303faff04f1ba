import type { EventEnvelope, EventMetadata, NewEvent } from '@opinion/contracts';
import { streamIdOf, type EventStorePort, type ExpectedVersion } from '@opinion/event-store';
import type { Evolve } from '@opinion/projections';
import {
  emptyOrganisation,
  evolveOrganisation,
  type OrganisationState,
} from '../domain/organisation/organisation';
import { emptyUser, evolveUser, type UserState } from '../domain/user/user';

export const USER_CATEGORY = 'user';
export const ORGANISATION_CATEGORY = 'organisation';

export const userStreamId = (userId: string) => streamIdOf(USER_CATEGORY, userId);
export const organisationStreamId = (id: string) => streamIdOf(ORGANISATION_CATEGORY, id);

export interface Loaded<State> {
  state: State;
  version: number;
}

/**
 * Folds events into the user and organisation read models; applying an event twice changes
 * nothing. An abstract class so that a Kafka controller asks for it by type.
 */
export abstract class IdentityReadModels {
  abstract apply(events: readonly EventEnvelope[]): Promise<void>;
}

/**
 * Loads and appends the gateway's own streams. After an append the events go straight into the
 * read models, so a user can sign in the moment they are created; if the process dies in between,
 * the consumer of the gateway's published events applies them later.
 */
export class IdentityStreams {
  constructor(
    private readonly store: EventStorePort,
    private readonly readModels: IdentityReadModels,
  ) {}

  loadUser(userId: string): Promise<Loaded<UserState>> {
    return this.load(userStreamId(userId), emptyUser(), evolveUser);
  }

  loadOrganisation(organisationId: string): Promise<Loaded<OrganisationState>> {
    return this.load(organisationStreamId(organisationId), emptyOrganisation(), evolveOrganisation);
  }

  async append(
    streamId: string,
    expected: ExpectedVersion,
    events: NewEvent[],
    metadata: EventMetadata,
  ): Promise<number> {
    if (events.length === 0) return typeof expected === 'number' ? expected : 0;
    const result = await this.store.append(streamId, expected, events, metadata);
    await this.readModels.apply(result.events);
    return result.nextExpectedVersion;
  }

  private async load<State>(
    streamId: string,
    initial: State,
    evolve: Evolve<State>,
  ): Promise<Loaded<State>> {
    const events = await this.store.readStream(streamId);
    return {
      state: events.reduce(evolve, initial),
      version: events.at(-1)?.streamPosition ?? 0,
    };
  }
}
