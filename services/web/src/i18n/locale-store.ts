/** The reader's language: zh-CN by default, remembered in localStorage (a preference, no secret). */
export type Locale = 'zh-CN' | 'en';

const KEY = 'opinion.locale';

function stored(): Locale {
  try {
    return window.localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

let current: Locale = stored();

export const currentLocale = (): Locale => current;

export function rememberLocale(locale: Locale): void {
  current = locale;
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
