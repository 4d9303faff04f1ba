import type { Locale } from '../submission/validation-messages';

/** Messages of the identity schemas' own rules, by the code the schema gives as its message. */
export const IDENTITY_MESSAGES: Record<string, Record<Locale, string>> = {
  'username.format': {
    'zh-CN': '用户名为 3–32 位小写字母、数字或 . _ -，以字母或数字开头',
    en: 'Usernames are 3–32 lower-case letters, digits, . _ or -, starting with a letter or digit',
  },
  'password.length': {
    'zh-CN': '密码长度应为 10–200 个字符',
    en: 'Passwords are 10 to 200 characters long',
  },
  'organisation.ancestors': {
    'zh-CN': '上级组织与组织路径不一致',
    en: 'The parent must be the last of the ancestors',
  },
  'update.empty': { 'zh-CN': '请至少修改一项', en: 'Change at least one field' },
};
