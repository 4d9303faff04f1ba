import {
  registerIdentityEvents,
  registerSubmissionEvents,
  type EventRegistry,
} from '@opinion/contracts';
import type { ReadModelDefinition } from '@opinion/projections';
import {
  emptyOrganisation,
  evolveOrganisation,
  type OrganisationState,
} from '../domain/organisation/organisation';
import { emptyUser, evolveUser, type UserState } from '../domain/user/user';
import { emptySubmissionView, evolveSubmissionView, type SubmissionView } from './submission-view';

const identityEvents = (registry: EventRegistry) => {
  registerIdentityEvents(registry);
};

export const usersReadModel: ReadModelDefinition<UserState> = {
  name: 'gateway_users',
  collection: 'gateway_users',
  categories: ['user'],
  initial: emptyUser,
  evolve: evolveUser,
  registerEvents: identityEvents,
};

export const organisationsReadModel: ReadModelDefinition<OrganisationState> = {
  name: 'gateway_organisations',
  collection: 'gateway_organisations',
  categories: ['organisation'],
  initial: emptyOrganisation,
  evolve: evolveOrganisation,
  registerEvents: identityEvents,
};

/**
 * Intake's items, with what the gateway's visibility rule needs. Each document also holds triage's
 * answer about the item (`triage`, `triagePosition`), which the read-models consumer folds in
 * (MongoSubmissionReadModel) but a rebuild by this definition does not: it refolds intake's
 * events only, and the inbox's triage columns stay empty until triage publishes about each item
 * again (see services/gateway/README.md).
 */
export const submissionsReadModel: ReadModelDefinition<SubmissionView> = {
  name: 'gateway_submissions',
  collection: 'gateway_submissions',
  categories: ['submission'],
  initial: emptySubmissionView,
  evolve: evolveSubmissionView,
  registerEvents: (registry) => {
    registerSubmissionEvents(registry);
  },
};

/** For `opinion projections list|rebuild`; each definition folds its own state type. */
export const readModels = [
  usersReadModel,
  organisationsReadModel,
  submissionsReadModel,
] as unknown as ReadModelDefinition[];
