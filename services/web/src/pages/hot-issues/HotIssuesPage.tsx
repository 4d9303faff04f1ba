import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Empty, Form, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { submission } from '../../api/submissions';
import { hotIssues } from '../../api/triage';
import type { HotIssue } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EChart } from '../../components/EChart';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/i18n-context';
import { hotIssuesChart } from './hot-issues-chart';

const WEEK_CHOICES = [4, 8, 12, 26];
const CHARTED = 5;

/**
 * /hot-issues: GET /triage/hot-issues (the committee's clusters with more than one report), a
 * chart of reports per week, and the list; each issue is named by its first item's title.
 */
export function HotIssuesPage() {
  const { t, locale } = useI18n();
  const [weeks, setWeeks] = useState(8);
  const hot = useQuery({ queryKey: ['hot-issues', weeks], queryFn: () => hotIssues(weeks) });
  const issues = useMemo(() => hot.data?.issues ?? [], [hot.data]);
  const firstItems = useQueries({
    queries: issues.map((issue) => ({
      queryKey: ['submission', issue.clusterId],
      queryFn: () => submission(issue.clusterId),
      retry: false,
      staleTime: 300_000,
    })),
  });
  const titles = firstItems.map((item) => item.data?.data.content?.title ?? '').join('\u0000');
  const names = useMemo(() => {
    const list = titles.split('\u0000');
    return new Map(issues.map((issue, index) => [issue.clusterId, list[index] ?? '']));
  }, [issues, titles]);
  const titleOf = (clusterId: string) => names.get(clusterId) || clusterId.slice(0, 8);
  const option = useMemo(() => {
    if (!hot.data) return null;
    const weekLabel = (date: string) =>
      t('hot.week', {
        date: new Date(date).toLocaleDateString(locale, { month: '2-digit', day: '2-digit' }),
      });
    const nameOf = (clusterId: string) => names.get(clusterId) || clusterId.slice(0, 8);
    return hotIssuesChart(hot.data.weeks, issues.slice(0, CHARTED), nameOf, weekLabel);
  }, [hot.data, issues, names, locale, t]);

  return (
    <>
      <PageTitle
        extra={
          <Form layout="inline">
            <Form.Item label={t('hot.weeks')} htmlFor="hot-weeks" style={{ marginInlineEnd: 0 }}>
              <Select
                id="hot-weeks"
                value={weeks}
                onChange={setWeeks}
                style={{ width: 120 }}
                options={WEEK_CHOICES.map((n) => ({
                  value: n,
                  label: t('hot.weeksOption', { n }),
                }))}
              />
            </Form.Item>
          </Form>
        }
      >
        {t('hot.title')}
      </PageTitle>
      {hot.isPending && <Loading rows={8} />}
      {hot.isError && <ApiErrorAlert error={hot.error} onRetry={() => void hot.refetch()} />}
      {hot.data && issues.length === 0 && <Empty description={t('hot.empty')} />}
      {hot.data && issues.length > 0 && option && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <EChart option={option} label={t('hot.chart')} height={340} />
          </Card>
          <section aria-label={t('hot.list')}>
            <Table<HotIssue>
              rowKey="clusterId"
              dataSource={issues}
              pagination={false}
              columns={[
                {
                  title: t('hot.issue'),
                  key: 'issue',
                  render: (_, issue) => (
                    <Link to={`/items/${issue.clusterId}`}>{titleOf(issue.clusterId)}</Link>
                  ),
                },
                { title: t('hot.size'), dataIndex: 'size', width: 80 },
                { title: t('hot.thisWeek'), dataIndex: 'thisWeek', width: 80 },
                { title: t('hot.lastWeek'), dataIndex: 'lastWeek', width: 80, responsive: ['sm'] },
                {
                  title: t('hot.growth'),
                  dataIndex: 'growth',
                  width: 80,
                  responsive: ['sm'],
                  render: (growth: number) => (
                    <Typography.Text type={growth > 0 ? 'danger' : 'secondary'}>
                      {growth > 0 ? `+${growth}` : growth}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </section>
        </>
      )}
    </>
  );
}
