import { z } from 'zod';

export type Locale = 'zh-CN' | 'en';

/** Messages of the schemas' own rules, by the code the schema gives as its message. */
const MESSAGES: Record<string, Record<Locale, string>> = {
  'body.empty': {
    'zh-CN': '请填写正文，或情况、问题、建议',
    en: 'Enter the body text, or the situation, problem and suggestions',
  },
  'coSubmitters.distinct': { 'zh-CN': '联名人不能重复', en: 'Co-submitters must be distinct' },
  'proposers.distinct': { 'zh-CN': '提案人不能重复', en: 'Proposers must be distinct' },
  'userId.format': { 'zh-CN': '用户标识格式不正确', en: 'Not a valid user id' },
  'submissionId.format': { 'zh-CN': '信息编号格式不正确', en: 'Not a valid submission id' },
  'attachment.mediaType': {
    'zh-CN': '文件类型格式不正确（如 application/pdf）',
    en: 'Not a media type (such as application/pdf)',
  },
  'attachment.sha256': {
    'zh-CN': '应为 64 位十六进制 SHA-256 摘要',
    en: 'Must be a SHA-256 digest in 64 hex digits',
  },
  'field.unknown': { 'zh-CN': '不允许的字段', en: 'Unknown field' },
  'revision.number': { 'zh-CN': '版本号应为正整数', en: 'A revision is a positive whole number' },
  'revisions.order': {
    'zh-CN': '起始版本应早于对比版本',
    en: 'from must be an earlier revision than to',
  },
};

const BUILT_IN = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };

export interface FieldError {
  /** Dotted path of the field, e.g. `body.situation` or `attachments.0.sha256`. */
  field: string;
  message: string;
}

export type LocalisedParse<T> =
  { success: true; data: T } | { success: false; errors: FieldError[] };

const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Parses input and reports every problem per field, in the reader's language. */
export function parseLocalised<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  locale: Locale,
): LocalisedParse<z.infer<Schema>> {
  const result = schema.safeParse(input, { error: BUILT_IN[locale].localeError });
  if (result.success) return { success: true, data: result.data };
  const errors = result.error.issues.flatMap((issue): FieldError[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: fieldOf([...issue.path, key]),
          message: MESSAGES['field.unknown'][locale],
        }))
      : [
          {
            field: fieldOf(issue.path),
            message: MESSAGES[issue.message]?.[locale] ?? issue.message,
          },
        ],
  );
  return { success: false, errors };
}

/** The locale of an Accept-Language header: en when English is preferred, zh-CN otherwise. */
export function preferredLocale(acceptLanguage: string | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((param) => param.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter(({ tag, q }) => tag && q > 0 && !Number.isNaN(q))
    .sort((a, b) => b.q - a.q);
  const first = ranked.find(({ tag }) => tag.startsWith('en') || tag.startsWith('zh'));
  return first?.tag.startsWith('en') ? 'en' : 'zh-CN';
}
