import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { currentLocale, rememberLocale, type Locale } from './locale-store';
import { en, zhCN, type MessageKey } from './messages';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(currentLocale);
  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    setState(next);
  }, []);
  const t = useCallback<Translate>(
    (key, values) => {
      const text = DICTIONARIES[locale][key] ?? key;
      return values
        ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))
        : text;
    },
    [locale],
  );
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
