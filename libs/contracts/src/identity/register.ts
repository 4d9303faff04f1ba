import type { EventRegistry } from '../event-registry';
import {
  IDENTITY_EVENTS,
  organisationCreatedSchema,
  organisationRenamedSchema,
  userDisabledSchema,
  userEnabledSchema,
  userOrganisationChangedSchema,
  userPasswordChangedSchema,
  userProfileChangedSchema,
  userRegisteredSchema,
  userRoleChangedSchema,
} from './events';

/** Registers every User and Organisation event (all at version 1). */
export function registerIdentityEvents(registry: EventRegistry): EventRegistry {
  return registry.registerAll(1, {
    [IDENTITY_EVENTS.organisationCreated]: organisationCreatedSchema,
    [IDENTITY_EVENTS.organisationRenamed]: organisationRenamedSchema,
    [IDENTITY_EVENTS.userRegistered]: userRegisteredSchema,
    [IDENTITY_EVENTS.userProfileChanged]: userProfileChangedSchema,
    [IDENTITY_EVENTS.userRoleChanged]: userRoleChangedSchema,
    [IDENTITY_EVENTS.userOrganisationChanged]: userOrganisationChangedSchema,
    [IDENTITY_EVENTS.userDisabled]: userDisabledSchema,
    [IDENTITY_EVENTS.userEnabled]: userEnabledSchema,
    [IDENTITY_EVENTS.userPasswordChanged]: userPasswordChangedSchema,
  });
}
