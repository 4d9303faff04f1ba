import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
// antd/es/…, not antd/locale/…: the latter resolves to CommonJS under Vite and falls back to English.
import zhCN from 'antd/es/locale/zh_CN';
import type { Locale } from './locale-store';

/**
 * The date pickers name weekdays and months from dayjs' locale unless the picker's own locale
 * does; naming them here spares loading dayjs' zh-cn locale.
 */
const zhWithCalendar: AntdLocale = {
  ...zhCN,
  DatePicker: zhCN.DatePicker && {
    ...zhCN.DatePicker,
    lang: {
      ...zhCN.DatePicker.lang,
      shortWeekDays: ['日', '一', '二', '三', '四', '五', '六'],
      shortMonths: [
        '1月',
        '2月',
        '3月',
        '4月',
        '5月',
        '6月',
        '7月',
        '8月',
        '9月',
        '10月',
        '11月',
        '12月',
      ],
    },
  },
};

export const antdLocale = (locale: Locale): AntdLocale => (locale === 'en' ? enUS : zhWithCalendar);
