import { labelSchema, sourceTypeSchema, type Locale } from '@opinion/contracts';
import { z } from 'zod';
import { decodeInboxCursor } from './inbox-cursor';

/** The statuses an item has in the inbox: every one but a draft's. */
export const INBOX_STATUSES = [
  'submitted',
  'returned',
  'accepted',
  'not-used',
  'merged',
  'withdrawn',
] as const;

const RULE = {
  date: 'inbox.date',
  dateOrder: 'inbox.dateOrder',
  cursor: 'inbox.cursor',
} as const;

/** A filter a form left empty (`?label=`) is no filter. */
const optional = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, RULE.date)
  .refine((date) => {
    const day = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date);
  }, RULE.date);

/** GET /api/inbox. `from`/`to`: submission dates (Beijing time), both days included. */
export const inboxQuerySchema = z
  .object({
    status: optional(z.enum(INBOX_STATUSES)),
    label: optional(labelSchema),
    sourceType: optional(sourceTypeSchema),
    from: optional(isoDate),
    to: optional(isoDate),
    /** In the title or the body. */
    q: optional(z.string().trim().min(1).max(100)),
    duplicates: optional(z.enum(['only'])),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: optional(
      z
        .string()
        .max(200)
        .refine((cursor) => decodeInboxCursor(cursor) !== null, RULE.cursor),
    ),
  })
  .strict()
  .refine(({ from, to }) => !from || !to || from <= to, { path: ['to'], message: RULE.dateOrder });

export type InboxQuery = z.infer<typeof inboxQuerySchema>;

/** The inbox query's own rules, in both languages (zh-CN first). */
export const INBOX_MESSAGES: Record<string, Record<Locale, string>> = {
  [RULE.date]: { 'zh-CN': '日期格式应为 YYYY-MM-DD', en: 'A date is YYYY-MM-DD' },
  [RULE.dateOrder]: {
    'zh-CN': '结束日期不能早于开始日期',
    en: 'The end date cannot be before the start date',
  },
  [RULE.cursor]: {
    'zh-CN': '分页位置无效，请从第一页重新查询',
    en: 'Not a valid page cursor: start again from the first page',
  },
};
