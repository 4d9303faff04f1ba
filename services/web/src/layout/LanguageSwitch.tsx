import { Button } from 'antd';
import { useI18n } from '../i18n/i18n-context';

/** 中文 ↔ English; the choice is remembered (localStorage). */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <Button
      aria-label={`${t('app.languageSwitch')}: ${t('app.language')}`}
      lang={locale === 'en' ? 'zh-CN' : 'en'}
      onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
    >
      {t('app.language')}
    </Button>
  );
}
