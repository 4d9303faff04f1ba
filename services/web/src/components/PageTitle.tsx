import { Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** The page's heading (h1) and the document title. */
export function PageTitle({ children, extra }: { children: string; extra?: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${children} - ${t('app.name')}`;
  }, [children, t]);
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: 12,
        alignItems: 'center',
        justifyContent: 'space-between',
        marginBottom: 16,
      }}
    >
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {children}
      </Typography.Title>
      {extra}
    </div>
  );
}
