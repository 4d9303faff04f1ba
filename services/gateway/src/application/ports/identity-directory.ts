import type { OrganisationState } from '../../domain/organisation/organisation';
import type { UserState } from '../../domain/user/user';

/** The user and organisation read models, updated as soon as the gateway appends. */
export interface IdentityDirectory {
  user(userId: string): Promise<UserState | null>;
  organisation(organisationId: string): Promise<OrganisationState | null>;
  /** Every organisation, root first, in creation order within a level. */
  organisations(): Promise<OrganisationState[]>;
  usersOf(organisationId: string, limit: number): Promise<UserState[]>;
}
