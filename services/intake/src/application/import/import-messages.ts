import type { Locale } from '@opinion/contracts';

/** The import's own row messages; field messages come from the submit schema's catalogue. */
const MESSAGES = {
  'line.malformed': {
    'zh-CN': '该行不是有效的 JSON 对象',
    en: 'The line is not a valid JSON object',
  },
  'row.conflicts': {
    'zh-CN': '已导入过标题、正文和报送人相同但其他内容不同的信息；如需修改请修订已导入的信息',
    en: 'An item with the same title, body and submitter was imported with other details; revise that item instead',
  },
} satisfies Record<string, Record<Locale, string>>;

export type ImportMessage = keyof typeof MESSAGES;

export const importMessage = (code: ImportMessage, locale: Locale): string =>
  MESSAGES[code][locale];
