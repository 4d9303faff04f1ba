import type { EventEnvelope } from '@opinion/contracts';
import {
  ORGANISATION_CATEGORY,
  USER_CATEGORY,
  type IdentityReadModels,
} from '../application/identity-streams';
import type { AccessTokens, IssuedAccessToken } from '../application/ports/access-tokens';
import type { Credentials } from '../application/ports/credentials';
import type { IdentityDirectory } from '../application/ports/identity-directory';
import type { OpenedSession, Sessions } from '../application/ports/sessions';
import type { Reservation, UsernameReservations } from '../application/ports/username-reservations';
import type { AccessClaims } from '../domain/auth/tokens';
import {
  emptyOrganisation,
  evolveOrganisation,
  type OrganisationState,
} from '../domain/organisation/organisation';
import { emptyUser, evolveUser, type UserState } from '../domain/user/user';

const idOf = (event: EventEnvelope, category: string) =>
  event.streamId.startsWith(`${category}-`) ? event.streamId.slice(category.length + 1) : null;

/**
 * The user and organisation read models in memory, folded by the domain's evolve as the MongoDB
 * ones are; a spec may also put states in directly.
 */
export class InMemoryIdentityDirectory implements IdentityDirectory, IdentityReadModels {
  readonly users = new Map<string, UserState>();
  readonly organisationStates = new Map<string, OrganisationState>();
  /** How many times apply() was called, to see that an append reached the read models. */
  applied = 0;

  constructor(seed: { organisations?: OrganisationState[]; users?: UserState[] } = {}) {
    for (const organisation of seed.organisations ?? []) this.putOrganisation(organisation);
    for (const user of seed.users ?? []) this.putUser(user);
  }

  putUser(user: UserState): this {
    this.users.set(user.userId!, structuredClone(user));
    return this;
  }

  putOrganisation(organisation: OrganisationState): this {
    this.organisationStates.set(organisation.organisationId!, structuredClone(organisation));
    return this;
  }

  async apply(events: readonly EventEnvelope[]): Promise<void> {
    this.applied += 1;
    for (const event of events) {
      const userId = idOf(event, USER_CATEGORY);
      if (userId) this.users.set(userId, evolveUser(this.users.get(userId) ?? emptyUser(), event));
      const organisationId = idOf(event, ORGANISATION_CATEGORY);
      if (organisationId) {
        const state = this.organisationStates.get(organisationId) ?? emptyOrganisation();
        this.organisationStates.set(organisationId, evolveOrganisation(state, event));
      }
    }
  }

  async user(userId: string): Promise<UserState | null> {
    return structuredClone(this.users.get(userId) ?? null);
  }

  async organisation(organisationId: string): Promise<OrganisationState | null> {
    return structuredClone(this.organisationStates.get(organisationId) ?? null);
  }

  async organisations(): Promise<OrganisationState[]> {
    return [...this.organisationStates.values()]
      .map((organisation) => structuredClone(organisation))
      .sort((a, b) => a.ancestorIds.length - b.ancestorIds.length);
  }

  async usersOf(organisationId: string, limit: number): Promise<UserState[]> {
    return [...this.users.values()]
      .filter((user) => user.organisationId === organisationId)
      .sort((a, b) => (a.userId! < b.userId! ? -1 : 1))
      .slice(0, limit)
      .map((user) => structuredClone(user));
  }
}

/** Passwords kept as they are, so specs need no argon2; records who was checked. */
export class FakeCredentials implements Credentials {
  readonly passwords = new Map<string, string>();
  /** Every verify() call's user id, null for an unknown user. */
  readonly verified: Array<string | null> = [];

  async set(userId: string, password: string): Promise<void> {
    this.passwords.set(userId, password);
  }

  async verify(userId: string | null, password: string): Promise<boolean> {
    this.verified.push(userId);
    return userId !== null && this.passwords.get(userId) === password;
  }
}

interface SessionRecord {
  userId: string;
  current: string;
  previous: string | null;
}

/** Sessions as RedisSessions keeps them: a replayed previous refresh token ends the session. */
export class InMemorySessions implements Sessions {
  readonly sessions = new Map<string, SessionRecord>();
  private counter = 0;

  async open(userId: string): Promise<OpenedSession> {
    const sessionId = `session-${++this.counter}`;
    const secret = this.secret();
    this.sessions.set(sessionId, { userId, current: secret, previous: null });
    return { sessionId, refreshToken: `${sessionId}.${secret}` };
  }

  async rotate(refreshToken: string) {
    const [sessionId, secret] = refreshToken.split('.');
    const session = this.sessions.get(sessionId);
    if (!session) return null;
    if (secret === session.previous) {
      this.sessions.delete(sessionId);
      return null;
    }
    if (secret !== session.current) return null;
    const next = this.secret();
    this.sessions.set(sessionId, { ...session, current: next, previous: secret });
    return { sessionId, userId: session.userId, refreshToken: `${sessionId}.${next}` };
  }

  async isActive(sessionId: string): Promise<boolean> {
    return this.sessions.has(sessionId);
  }

  async revoke(sessionId: string): Promise<void> {
    this.sessions.delete(sessionId);
  }

  async revokeAllOf(userId: string): Promise<void> {
    for (const [sessionId, session] of this.sessions) {
      if (session.userId === userId) this.sessions.delete(sessionId);
    }
  }

  /** The user's sessions still open. */
  of(userId: string): string[] {
    return [...this.sessions].filter(([, s]) => s.userId === userId).map(([id]) => id);
  }

  private secret(): string {
    return `secret${++this.counter}`;
  }
}

/** Access tokens that are opaque names of their claims; expire() makes one invalid. */
export class FakeAccessTokens implements AccessTokens {
  readonly issued = new Map<string, AccessClaims>();
  private counter = 0;

  constructor(private readonly expiresIn = 900) {}

  async issue(claims: AccessClaims): Promise<IssuedAccessToken> {
    const accessToken = `access-${++this.counter}`;
    this.issued.set(accessToken, { ...claims });
    return { accessToken, expiresIn: this.expiresIn };
  }

  async verify(token: string): Promise<AccessClaims | null> {
    return this.issued.get(token) ?? null;
  }

  expire(token: string): void {
    this.issued.delete(token);
  }
}

/** Username reservations in a map, with the clock the spec gives. */
export class InMemoryUsernameReservations implements UsernameReservations {
  readonly reservations = new Map<string, Reservation>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async claim(username: string, userId: string): Promise<Reservation> {
    const held = this.reservations.get(username);
    if (held) return { ...held };
    const reservation = { userId, since: this.now() };
    this.reservations.set(username, reservation);
    return { ...reservation };
  }

  async takeOver(username: string, from: string, to: string): Promise<boolean> {
    if (this.reservations.get(username)?.userId !== from) return false;
    this.reservations.set(username, { userId: to, since: this.now() });
    return true;
  }

  async holderOf(username: string): Promise<string | null> {
    return this.reservations.get(username)?.userId ?? null;
  }
}
