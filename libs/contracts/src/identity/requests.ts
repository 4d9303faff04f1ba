import { z } from 'zod';
import {
  displayNameSchema,
  memberProfileShape,
  organisationIdSchema,
  organisationLevelSchema,
  passwordSchema,
  personRoleSchema,
  usernameSchema,
} from './fields';
import { text } from '../submission/fields';

/** POST /auth/login. Any string is a password attempt; only its length is bounded. */
export const loginRequestSchema = z
  .object({ username: usernameSchema, password: z.string().min(1).max(200) })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** POST /auth/refresh: the opaque refresh token from the last login or refresh. */
export const refreshRequestSchema = z.object({ refreshToken: z.string().min(1).max(200) }).strict();
export type RefreshRequest = z.infer<typeof refreshRequestSchema>;

/** POST /admin/organisations. */
export const createOrganisationRequestSchema = z
  .object({
    name: text(100),
    level: organisationLevelSchema,
    parentId: organisationIdSchema.nullable(),
  })
  .strict();
export type CreateOrganisationRequest = z.infer<typeof createOrganisationRequestSchema>;

/** PATCH /admin/organisations/:id. */
export const updateOrganisationRequestSchema = z.object({ name: text(100) }).strict();
export type UpdateOrganisationRequest = z.infer<typeof updateOrganisationRequestSchema>;

/** POST /admin/users. */
export const createUserRequestSchema = z
  .object({
    username: usernameSchema,
    password: passwordSchema,
    displayName: displayNameSchema,
    organisationId: organisationIdSchema,
    role: personRoleSchema,
    ...memberProfileShape,
  })
  .strict();
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** PATCH /admin/users/:id: only the fields given change; null clears a profile field. */
export const updateUserRequestSchema = z
  .object({
    displayName: displayNameSchema.optional(),
    organisationId: organisationIdSchema.optional(),
    role: personRoleSchema.optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
    ...memberProfileShape,
  })
  .strict()
  .refine((request) => Object.keys(request).length > 0, 'update.empty');
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;
