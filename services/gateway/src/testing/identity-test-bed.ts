import {
  EventRegistry,
  IDENTITY_EVENTS,
  registerIdentityEvents,
  registerSubmissionEvents,
  type Actor,
} from '@opinion/contracts';
import { InMemoryEventStore } from '@opinion/event-store';
import {
  IdentityStreams,
  ORGANISATION_CATEGORY,
  organisationStreamId,
  USER_CATEGORY,
  userStreamId,
} from '../application/identity-streams';
import { metadataOf } from '../application/principal';
import type { OrganisationState } from '../domain/organisation/organisation';
import type { UserState } from '../domain/user/user';
import { ORGANISATIONS } from './gateway-fixtures';
import {
  FakeAccessTokens,
  FakeCredentials,
  InMemoryIdentityDirectory,
  InMemorySessions,
  InMemoryUsernameReservations,
} from './in-memory-identity';

/** The seed's actor: system processes manage every committee. */
export const SYSTEM: Actor = { userId: 'seed', role: 'system', orgId: 'cppcc-national' };

/**
 * The gateway's identity streams on the in-memory event store, with the read models they feed
 * and in-memory fakes of every other identity port: the gateway's application layer without
 * servers. `organisations` and `users` are appended as events, so the store and the read models
 * agree from the start.
 */
export class IdentityTestBed {
  readonly store: InMemoryEventStore;
  readonly directory = new InMemoryIdentityDirectory();
  readonly streams: IdentityStreams;
  readonly credentials = new FakeCredentials();
  readonly sessions = new InMemorySessions();
  readonly tokens = new FakeAccessTokens();
  readonly reservations: InMemoryUsernameReservations;
  now = new Date('2026-05-01T08:00:00.000Z');

  constructor() {
    const registry = registerSubmissionEvents(registerIdentityEvents(new EventRegistry()));
    this.store = new InMemoryEventStore({
      registry,
      ownedCategories: [USER_CATEGORY, ORGANISATION_CATEGORY],
      clock: () => this.now,
    });
    this.streams = new IdentityStreams(this.store, this.directory);
    this.reservations = new InMemoryUsernameReservations(() => this.now);
  }

  /** A bed with the demo tree (全国政协 → 某区政协) in its streams. */
  static async withTree(organisations: OrganisationState[] = ORGANISATIONS) {
    const bed = new IdentityTestBed();
    for (const organisation of organisations) await bed.addOrganisation(organisation);
    return bed;
  }

  async addOrganisation(organisation: OrganisationState): Promise<void> {
    await this.streams.append(
      organisationStreamId(organisation.organisationId!),
      'no_stream',
      [
        {
          type: IDENTITY_EVENTS.organisationCreated,
          version: 1,
          data: {
            organisationId: organisation.organisationId,
            name: organisation.name,
            level: organisation.level,
            parentId: organisation.parentId,
            ancestorIds: organisation.ancestorIds,
          },
        },
      ],
      metadataOf(SYSTEM),
    );
  }

  /** Registers the user (disabled too, if so), reserves the name and sets the password. */
  async addUser(user: UserState, password = `${user.username}-password`): Promise<void> {
    const userId = user.userId!;
    const profile = Object.fromEntries(
      Object.entries(user.profile).filter(([, value]) => value !== null),
    );
    const events = [
      {
        type: IDENTITY_EVENTS.userRegistered,
        version: 1,
        data: {
          userId,
          username: user.username,
          displayName: user.displayName,
          organisationId: user.organisationId,
          role: user.role,
          ...profile,
        },
      },
      ...(user.disabled
        ? [{ type: IDENTITY_EVENTS.userDisabled, version: 1, data: { userId } }]
        : []),
    ];
    await this.streams.append(userStreamId(userId), 'no_stream', events, metadataOf(SYSTEM));
    await this.reservations.claim(user.username!, userId);
    await this.credentials.set(userId, password);
  }

  /** The types of the events in a stream, in order. */
  async typesIn(streamId: string): Promise<string[]> {
    return (await this.store.readStream(streamId)).map((event) => event.type);
  }
}
