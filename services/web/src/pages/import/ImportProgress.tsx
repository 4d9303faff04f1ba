import { Alert, Progress, Space, Tag, Typography } from 'antd';
import type { ImportReport } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';

const COLOURS = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
} as const;

/** The import's status, a progress bar (rows processed of the file's) and the counts. */
export function ImportProgress({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const { total, processed } = report.progress;
  const finished = report.status === 'done' || report.status === 'failed';
  const percent = total > 0 ? Math.floor((processed / total) * 100) : finished ? 100 : 0;
  return (
    <section aria-label={t('import.progress')}>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{report.fileName}</Typography.Text>
        <Tag color={COLOURS[report.status]} data-testid="import-status">
          {t(`import.status.${report.status}`)}
        </Tag>
        <Typography.Text type="secondary">
          {processed} / {total || '—'}
        </Typography.Text>
      </Space>
      <Progress
        percent={percent}
        status={report.status === 'failed' ? 'exception' : finished ? 'success' : 'active'}
        aria-label={t('import.progress')}
      />
      <Typography.Paragraph role="status" aria-live="polite" style={{ marginTop: 8 }}>
        {t('import.counts', report.counts)}
      </Typography.Paragraph>
      {report.error && (
        <Alert type="error" showIcon message={report.error} style={{ marginBottom: 8 }} />
      )}
      {report.ignoredColumns.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('import.ignored', { columns: report.ignoredColumns.join('、') })}
          style={{ marginBottom: 8 }}
        />
      )}
    </section>
  );
}
