import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Grid, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { inbox, type InboxFilters } from '../../api/inbox';
import { taxonomy } from '../../api/triage';
import type { InboxItem } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatTime, percent } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/i18n-context';
import { useMe } from '../../session/session-context';
import { InboxFilterBar, toFilters } from './InboxFilterBar';

/** /inbox: the committee's items (GET /api/inbox), filtered, with triage's marks, page by page. */
export function InboxPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const [filters, setFilters] = useState<InboxFilters>({});
  const labels = useQuery({
    queryKey: ['taxonomy', me.organisationId],
    queryFn: () => taxonomy(me.organisationId),
  });
  const items = useInfiniteQuery({
    queryKey: ['inbox', filters],
    queryFn: ({ pageParam }) => inbox(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = items.data?.pages.flatMap((page) => page.items) ?? [];
  // Phones: triage's label goes under the title instead of a column of its own.
  const narrow = !(Grid.useBreakpoint().sm ?? true);

  const columns: ColumnsType<InboxItem> = [
    {
      title: t('form.title'),
      key: 'title',
      render: (_, item) => (
        <Space direction="vertical" size={2}>
          <Link to={`/items/${item.submissionId}`}>{item.title ?? t('similar.untitled')}</Link>
          <Space size={4} wrap>
            {narrow && item.triage?.label && (
              <Tag color="geekblue">
                {item.triage.label} {percent(item.triage.confidence)}
              </Tag>
            )}
            {item.urgency && item.urgency.level !== 'routine' && (
              <Tag color="orange">{t(`urgency.${item.urgency.level}`)}</Tag>
            )}
            {item.urgency?.greenChannel && <Tag color="red">{t('form.greenChannel')}</Tag>}
            {item.triage?.duplicateOf && (
              <Link to={`/items/${item.triage.duplicateOf}`}>
                <Tag color="red">
                  {t('inbox.duplicate')} {percent(item.triage.similarity)}
                </Tag>
              </Link>
            )}
            {item.triage?.clusterId && item.triage.clusterId !== item.submissionId && (
              <Link to={`/items/${item.triage.clusterId}`}>
                <Tag color="purple">{t('inbox.cluster')}</Tag>
              </Link>
            )}
          </Space>
        </Space>
      ),
    },
    {
      title: t('inbox.status'),
      key: 'status',
      width: 100,
      render: (_, item) => <StatusTag status={item.status} />,
    },
    {
      title: t('inbox.triage'),
      key: 'triage',
      width: 150,
      responsive: ['sm'],
      render: (_, item) =>
        item.triage?.label ? (
          <span>
            <Tag color="geekblue">{item.triage.label}</Tag>
            <Typography.Text type="secondary">{percent(item.triage.confidence)}</Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('inbox.sourceType'),
      key: 'sourceType',
      width: 120,
      responsive: ['lg'],
      render: (_, item) => (item.sourceType ? t(`source.${item.sourceType}`) : '—'),
    },
    {
      title: t('inbox.submitter'),
      key: 'submitter',
      width: 120,
      responsive: ['md'],
      render: (_, item) => item.submitter.displayName ?? item.submitter.userId,
    },
    {
      title: t('inbox.submittedAt'),
      key: 'submittedAt',
      width: 160,
      responsive: ['md'],
      render: (_, item) => formatTime(item.submittedAt, locale),
    },
  ];

  return (
    <>
      <PageTitle>{t('inbox.title')}</PageTitle>
      <Card size="small" style={{ marginBottom: 16 }}>
        <InboxFilterBar
          labels={labels.data?.data.labels ?? []}
          onChange={(values) => setFilters(toFilters(values))}
        />
      </Card>
      {items.isError && <ApiErrorAlert error={items.error} onRetry={() => void items.refetch()} />}
      <section aria-label={t('inbox.list')}>
        <Table<InboxItem>
          rowKey="submissionId"
          loading={items.isPending || (items.isFetching && !items.isFetchingNextPage)}
          columns={columns}
          dataSource={rows}
          pagination={false}
          locale={{
            emptyText: items.isPending ? ' ' : <Empty description={t('inbox.empty')} />,
          }}
        />
      </section>
      {items.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button onClick={() => void items.fetchNextPage()} loading={items.isFetchingNextPage}>
            {t('inbox.more')}
          </Button>
        </div>
      )}
    </>
  );
}
