import { z } from 'zod';

/**
 * Field schemas shared by the submission events and the HTTP requests. Every object is strict,
 * so an unknown key (a `$where`, a `__proto__`) is rejected and no key starting with `$` can reach
 * the store; no schema here accepts a free-form record.
 */

export const text = (max: number) => z.string().trim().min(1).max(max);

/** Ids of people and organisations as the gateway hands them out. */
export const userIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]*$/, 'userId.format');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const submissionIdSchema = z.string().regex(UUID, 'submissionId.format');

/** 来源类型: who the item comes from. `proposal-conversion` only through 提案转社情民意. */
export const sourceTypeSchema = z.enum([
  'member', // 委员个人
  'sector-group', // 界别小组
  'party', // 党派团体
  'special-committee', // 专委会
  'liaison-point', // 信息联系点
  'info-officer', // 特邀信息员
  'proposal-conversion', // 提案转社情民意
]);
export type SourceType = z.infer<typeof sourceTypeSchema>;
export const directSourceTypeSchema = sourceTypeSchema.exclude(['proposal-conversion']);
export type DirectSourceType = z.infer<typeof directSourceTypeSchema>;

/** A person credited with an item (报送人 / 联名人 / 提案人). */
export const contributorSchema = z
  .object({ userId: userIdSchema, name: text(100).optional() })
  .strict();
export type Contributor = z.infer<typeof contributorSchema>;

/** 正文: one text, or split into 情况 / 问题 / 建议. */
export const submissionBodySchema = z
  .object({
    text: text(20_000).optional(),
    situation: text(10_000).optional(), // 情况
    problem: text(10_000).optional(), // 问题
    suggestions: text(10_000).optional(), // 建议
  })
  .strict()
  .refine((body) => Object.values(body).some(Boolean), 'body.empty');
export type SubmissionBody = z.infer<typeof submissionBodySchema>;

/** 紧急程度, with the 直通车 (green channel) flag for items that go straight to the leaders. */
export const urgencySchema = z
  .object({ level: z.enum(['routine', 'urgent', 'critical']), greenChannel: z.boolean() })
  .strict();

/** Attachment metadata only: the file itself lives elsewhere, addressed by its hash. */
export const attachmentSchema = z
  .object({
    name: text(255),
    size: z
      .number()
      .int()
      .min(0)
      .max(100 * 1024 * 1024),
    mediaType: z
      .string()
      .max(100)
      .regex(/^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/i, 'attachment.mediaType'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'attachment.sha256'),
  })
  .strict();

const distinctUsers = (people: Contributor[]) =>
  new Set(people.map((person) => person.userId)).size === people.length;

/** What a revision may change: everything the submitter wrote. */
export const submissionContentSchema = z
  .object({
    title: text(200), // 标题, usually 关于……的建议
    body: submissionBodySchema,
    coSubmitters: z.array(contributorSchema).max(20).refine(distinctUsers, 'coSubmitters.distinct'),
    sector: text(50).optional(), // 界别
    region: text(100).optional(), // 地区
    urgency: urgencySchema.optional(),
    attachments: z.array(attachmentSchema).max(20).optional(),
  })
  .strict();
export type SubmissionContent = z.infer<typeof submissionContentSchema>;

/** A draft (草稿) may be incomplete; it is checked in full when submitted. */
export const draftContentSchema = submissionContentSchema.partial();
export type DraftContent = z.infer<typeof draftContentSchema>;
