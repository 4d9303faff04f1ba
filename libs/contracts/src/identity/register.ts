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
  return registry
    .register(IDENTITY_EVENTS.organisationCreated, 1, organisationCreatedSchema)
    .register(IDENTITY_EVENTS.organisationRenamed, 1, organisationRenamedSchema)
    .register(IDENTITY_EVENTS.userRegistered, 1, userRegisteredSchema)
    .register(IDENTITY_EVENTS.userProfileChanged, 1, userProfileChangedSchema)
    .register(IDENTITY_EVENTS.userRoleChanged, 1, userRoleChangedSchema)
    .register(IDENTITY_EVENTS.userOrganisationChanged, 1, userOrganisationChangedSchema)
    .register(IDENTITY_EVENTS.userDisabled, 1, userDisabledSchema)
    .register(IDENTITY_EVENTS.userEnabled, 1, userEnabledSchema)
    .register(IDENTITY_EVENTS.userPasswordChanged, 1, userPasswordChangedSchema);
}
