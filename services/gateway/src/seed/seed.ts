import type { Actor, CreateOrganisationRequest, CreateUserRequest } from '@opinion/contracts';
import type { CreateOrganisationHandler } from '../application/create-organisation/create-organisation-handler';
import type { CreateUserHandler } from '../application/create-user/create-user-handler';
import { IdentityRuleError } from '../domain/identity-errors';

export const SEED_ACTOR: Actor = { userId: 'seed', role: 'system', orgId: 'cppcc-national' };

export interface SeedHandlers {
  createOrganisation: CreateOrganisationHandler;
  createUser: CreateUserHandler;
}

export interface SeedData {
  organisations: Array<CreateOrganisationRequest & { organisationId: string }>;
  users: CreateUserRequest[];
}

/** What a run created; a second run creates nothing and returns empty lists. */
export interface SeedResult {
  organisations: string[];
  users: Array<{ username: string; password: string; role: string; userId: string }>;
}

const skipExisting = async <T>(create: () => Promise<T>): Promise<T | null> => {
  try {
    return await create();
  } catch (error) {
    if (error instanceof IdentityRuleError && error.code === 'already-exists') return null;
    throw error;
  }
};

/** Creates the demo tree and users; whatever exists already is left as it is. */
export async function seed(handlers: SeedHandlers, data: SeedData): Promise<SeedResult> {
  const result: SeedResult = { organisations: [], users: [] };
  for (const organisation of data.organisations) {
    const created = await skipExisting(() =>
      handlers.createOrganisation.execute({ ...organisation, actor: SEED_ACTOR }),
    );
    if (created) result.organisations.push(organisation.name);
  }
  for (const user of data.users) {
    const created = await skipExisting(() =>
      handlers.createUser.execute({ ...user, actor: SEED_ACTOR }),
    );
    if (created) {
      const { username, password, role } = user;
      result.users.push({ username, password, role, userId: created.userId });
    }
  }
  return result;
}
