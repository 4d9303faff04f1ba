import { Skeleton } from 'antd';
import { useI18n } from '../i18n/i18n-context';

/** A loading state with an accessible name. */
export function Loading({ rows = 4 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite" aria-label={t('app.loading')}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}
