import { Card, Descriptions, Empty, List, Space, Tag, Typography, Button } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/errors';
import type { TriageAssessment } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { percent } from '../../components/format';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/i18n-context';

interface Props {
  assessment: UseQueryResult<{ data: TriageAssessment; etag: string | null }>;
  /** Staff see the look-alikes (ids and similarity), to open side by side. */
  staff: boolean;
  onCompare: (otherId: string) => void;
  children?: ReactNode;
}

/** 智能研判: GET /triage/items/:id — the domain with its confidence, repeats and cluster. */
export function TriagePanel({ assessment, staff, onCompare, children }: Props) {
  const { t } = useI18n();
  const notYet = assessment.error instanceof ApiError && assessment.error.status === 404;
  const data = assessment.data?.data;
  const lookAlikes = data
    ? [
        ...(data.duplicateOf && !data.repeats.some((r) => r.itemId === data.duplicateOf)
          ? [{ itemId: data.duplicateOf, similarity: data.similarity }]
          : []),
        ...data.repeats,
      ]
    : [];
  return (
    <Card size="small" title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('triage.title')}</h2>}>
      <section aria-label={t('triage.title')}>
        {assessment.isPending && <Loading rows={2} />}
        {notYet && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('triage.notYet')} />}
        {assessment.isError && !notYet && <ApiErrorAlert error={assessment.error} />}
        {data && (
          <>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'label',
                  label: t('triage.label'),
                  children: (
                    <Space wrap size={4}>
                      <Tag color="geekblue">{data.label ?? '—'}</Tag>
                      {data.correction && (
                        <Typography.Text type="secondary">
                          {t('triage.corrected', { label: data.correction.previousLabel })}
                        </Typography.Text>
                      )}
                    </Space>
                  ),
                },
                {
                  key: 'confidence',
                  label: t('triage.confidence'),
                  children: (
                    <Space wrap size={4}>
                      {data.top.map((entry) => (
                        <Typography.Text key={entry.label} type="secondary">
                          {entry.label} {percent(entry.score)}
                        </Typography.Text>
                      ))}
                      {data.top.length === 0 && percent(data.confidence)}
                    </Space>
                  ),
                },
                ...(staff
                  ? [
                      {
                        key: 'cluster',
                        label: t('inbox.cluster'),
                        children: t('triage.cluster', { size: data.cluster.size }),
                      },
                    ]
                  : []),
              ]}
            />
            {staff && lookAlikes.length > 0 && (
              <List
                size="small"
                header={<Typography.Text strong>{t('triage.repeats')}</Typography.Text>}
                dataSource={lookAlikes}
                renderItem={(item) => (
                  <List.Item
                    actions={[
                      <Button key="compare" size="small" onClick={() => onCompare(item.itemId)}>
                        {t('triage.compare')}
                      </Button>,
                    ]}
                  >
                    <Space size={4} wrap>
                      {item.itemId === data.duplicateOf && (
                        <Tag color="red">{t('triage.duplicateOf')}</Tag>
                      )}
                      <Link to={`/items/${item.itemId}`}>{item.itemId.slice(0, 8)}</Link>
                      <Typography.Text type="secondary">
                        {t('similar.similarity', { value: percent(item.similarity) })}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </>
        )}
        {children}
      </section>
    </Card>
  );
}
