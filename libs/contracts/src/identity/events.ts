import { z } from 'zod';
import {
  displayNameSchema,
  memberProfileShape,
  organisationIdSchema,
  organisationLevelSchema,
  personRoleSchema,
  usernameSchema,
} from './fields';
import { text, userIdSchema } from '../submission/fields';

/**
 * Event types of the User and Organisation aggregates, written only by the gateway. Password
 * hashes are never in events: the log is published to every consumer and kept forever.
 */
export const IDENTITY_EVENTS = {
  organisationCreated: 'opinion.identity.organisation-created',
  organisationRenamed: 'opinion.identity.organisation-renamed',
  userRegistered: 'opinion.identity.user-registered',
  userProfileChanged: 'opinion.identity.user-profile-changed',
  userRoleChanged: 'opinion.identity.user-role-changed',
  userOrganisationChanged: 'opinion.identity.user-organisation-changed',
  userDisabled: 'opinion.identity.user-disabled',
  userEnabled: 'opinion.identity.user-enabled',
  userPasswordChanged: 'opinion.identity.user-password-changed',
} as const;

export const organisationCreatedSchema = z
  .object({
    organisationId: organisationIdSchema,
    name: text(100),
    level: organisationLevelSchema,
    /** null only for the national committee, the root of the tree. */
    parentId: organisationIdSchema.nullable(),
    /** Every committee above, root first; committees never move, so the path is a fact. */
    ancestorIds: z.array(organisationIdSchema).max(3),
  })
  .strict()
  .refine((data) => (data.ancestorIds.at(-1) ?? null) === data.parentId, 'organisation.ancestors');

export const organisationRenamedSchema = z
  .object({ organisationId: organisationIdSchema, name: text(100) })
  .strict();

export const userRegisteredSchema = z
  .object({
    userId: userIdSchema,
    username: usernameSchema,
    displayName: displayNameSchema,
    organisationId: organisationIdSchema,
    role: personRoleSchema,
    ...memberProfileShape,
  })
  .strict();

/** The whole profile after the change; absent or null fields are empty. */
export const userProfileChangedSchema = z
  .object({ userId: userIdSchema, displayName: displayNameSchema, ...memberProfileShape })
  .strict();

export const userRoleChangedSchema = z
  .object({ userId: userIdSchema, role: personRoleSchema })
  .strict();

export const userOrganisationChangedSchema = z
  .object({ userId: userIdSchema, organisationId: organisationIdSchema })
  .strict();

export const userDisabledSchema = z
  .object({ userId: userIdSchema, reason: text(500).optional() })
  .strict();

export const userEnabledSchema = z.object({ userId: userIdSchema }).strict();

/** The password was set or reset (by an administrator); the hash stays in the gateway. */
export const userPasswordChangedSchema = z.object({ userId: userIdSchema }).strict();

export type OrganisationCreated = z.infer<typeof organisationCreatedSchema>;
export type OrganisationRenamed = z.infer<typeof organisationRenamedSchema>;
export type UserRegistered = z.infer<typeof userRegisteredSchema>;
export type UserProfileChanged = z.infer<typeof userProfileChangedSchema>;
export type UserRoleChanged = z.infer<typeof userRoleChangedSchema>;
export type UserOrganisationChanged = z.infer<typeof userOrganisationChangedSchema>;
export type UserDisabled = z.infer<typeof userDisabledSchema>;
