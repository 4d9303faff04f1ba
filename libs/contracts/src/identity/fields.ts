import { z } from 'zod';
import { roleSchema } from '../envelope';
import { text, userIdSchema } from '../submission/fields';

/** Ids of users and organisations: UUIDv7s from the gateway, or fixed ids such as the seed's. */
export const organisationIdSchema = userIdSchema;

/** 全国政协 → 省政协 → 市政协 → 县/区政协. */
export const organisationLevelSchema = z.enum(['national', 'provincial', 'municipal', 'county']);
export type OrganisationLevel = z.infer<typeof organisationLevelSchema>;

/** The roles people hold; `system` is for processes only and never given to a user. */
export const personRoleSchema = roleSchema.exclude(['system']);
export type PersonRole = z.infer<typeof personRoleSchema>;

/** Login names are compared lower-case, so 张三 cannot register both `Zhang` and `zhang`. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, 'username.format');

export const passwordSchema = z.string().min(10, 'password.length').max(200, 'password.length');

export const displayNameSchema = text(100);

/** What a member carries besides the organisation: 界别, 党派团体, 专委会, 信息联系点. */
export const memberProfileShape = {
  sector: text(50).nullable().optional(),
  party: text(50).nullable().optional(),
  specialCommittee: text(100).nullable().optional(),
  /** The liaison point (信息联系点) a liaison officer collects items for. */
  liaisonPoint: text(100).nullable().optional(),
};
export const memberProfileSchema = z.object(memberProfileShape).strict();
export type MemberProfile = z.infer<typeof memberProfileSchema>;
