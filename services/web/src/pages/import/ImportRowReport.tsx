import { Empty, Table } from 'antd';
import type { ImportReport } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';

type Row = ImportReport['report']['rows'][number];

interface Props {
  report: ImportReport['report'] | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** 问题清单: the rows that were not imported, with the field and the reason (paged by the API). */
export function ImportRowReport({ report, loading, page, pageSize, onPage }: Props) {
  const { t } = useI18n();
  return (
    <section aria-label={t('import.report')}>
      <Table<Row>
        size="small"
        rowKey={(row) => `${row.row}:${row.field}:${row.message}`}
        loading={loading}
        dataSource={report?.rows ?? []}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 80 },
          {
            title: t('import.field'),
            dataIndex: 'field',
            width: 140,
            render: (field: string, row) => row.column ?? field,
          },
          { title: t('import.message'), dataIndex: 'message' },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: report?.total ?? 0,
          onChange: onPage,
          hideOnSinglePage: true,
          showSizeChanger: false,
        }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('import.reportEmpty')} />
          ),
        }}
      />
    </section>
  );
}
