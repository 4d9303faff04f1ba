import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { mySubmissions } from '../../api/submissions';
import type { SubmissionView } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/i18n-context';
import { ButtonLink } from '../../components/ButtonLink';

const linkOf = (item: SubmissionView) =>
  item.status === 'draft' ? `/drafts/${item.submissionId}` : `/items/${item.submissionId}`;

/** /mine: GET /api/submissions/mine, with each item's status. */
export function MinePage() {
  const { t, locale } = useI18n();
  const mine = useQuery({ queryKey: ['mine'], queryFn: mySubmissions });

  const columns: ColumnsType<SubmissionView> = [
    {
      title: t('form.title'),
      key: 'title',
      render: (_, item) => (
        <Link to={linkOf(item)}>{item.content?.title ?? t('similar.untitled')}</Link>
      ),
    },
    {
      title: t('mine.status'),
      key: 'status',
      width: 110,
      render: (_, item) => <StatusTag status={item.status} />,
    },
    {
      title: t('mine.submittedAt'),
      key: 'submittedAt',
      width: 170,
      responsive: ['md'],
      render: (_, item) => formatTime(item.submittedAt, locale),
    },
    {
      title: t('mine.updatedAt'),
      key: 'updatedAt',
      width: 170,
      responsive: ['sm'],
      render: (_, item) => formatTime(item.updatedAt, locale),
    },
  ];

  return (
    <>
      <PageTitle
        extra={
          <ButtonLink to="/submit" type="primary">
            {t('mine.new')}
          </ButtonLink>
        }
      >
        {t('mine.title')}
      </PageTitle>
      {mine.isError && <ApiErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />}
      <section aria-label={t('mine.list')}>
        <Table<SubmissionView>
          rowKey="submissionId"
          loading={mine.isPending}
          columns={columns}
          dataSource={mine.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{
            emptyText: mine.isPending ? (
              ' '
            ) : (
              <Empty description={<Typography.Text>{t('mine.empty')}</Typography.Text>} />
            ),
          }}
        />
      </section>
    </>
  );
}
