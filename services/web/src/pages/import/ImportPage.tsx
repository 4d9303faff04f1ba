import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { importReport, startImport } from '../../api/imports';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/i18n-context';
import { ImportProgress } from './ImportProgress';
import { ImportRowReport } from './ImportRowReport';

const PAGE_SIZE = 50;
const POLL_MS = 1000;

/**
 * /import: a liaison point's (or the office's) sheet, uploaded as it is (POST /api/imports),
 * then its progress polled (GET /api/imports/:id) and its row report.
 */
export function ImportPage() {
  const { t } = useI18n();
  const [importId, setImportId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const upload = useMutation({
    mutationFn: startImport,
    onSuccess: (answer) => {
      setPage(1);
      setImportId(answer.importId);
    },
  });
  const report = useQuery({
    queryKey: ['import', importId, page],
    queryFn: () => importReport(importId!, (page - 1) * PAGE_SIZE, PAGE_SIZE),
    enabled: importId !== null,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : POLL_MS;
    },
  });

  return (
    <>
      <PageTitle
        extra={
          <Button href="/import-template.csv" download="社情民意信息导入模板.csv">
            {t('import.template')}
          </Button>
        }
      >
        {t('import.title')}
      </PageTitle>
      <Card style={{ marginBottom: 16 }}>
        {importId === null ? (
          <Form layout="vertical">
            {upload.isError && <ApiErrorAlert error={upload.error} />}
            <Form.Item label={t('import.file')} htmlFor="import-file" extra={t('import.dropHint')}>
              <Upload.Dragger
                id="import-file"
                accept=".xlsx,.csv,.jsonl"
                multiple={false}
                showUploadList={false}
                disabled={upload.isPending}
                beforeUpload={(file) => {
                  upload.mutate(file);
                  return false;
                }}
              >
                <p style={{ fontSize: 16, margin: '16px 0 4px' }}>
                  {upload.isPending ? t('import.uploading') : t('import.drop')}
                </p>
              </Upload.Dragger>
            </Form.Item>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              <Typography.Text strong>{t('import.columns')}：</Typography.Text>
              {t('import.columnsHelp')}
            </Typography.Paragraph>
          </Form>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            {report.isPending && <Loading rows={2} />}
            {report.isError && (
              <ApiErrorAlert error={report.error} onRetry={() => void report.refetch()} />
            )}
            {report.data && <ImportProgress report={report.data} />}
            <Button
              onClick={() => {
                upload.reset();
                setImportId(null);
              }}
            >
              {t('import.another')}
            </Button>
          </Space>
        )}
      </Card>
      {importId !== null && (
        <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('import.report')}</h2>}>
          <ImportRowReport
            report={report.data?.report}
            loading={report.isPending}
            page={page}
            pageSize={PAGE_SIZE}
            onPage={setPage}
          />
        </Card>
      )}
    </>
  );
}
