import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { similarItems } from '../../api/triage';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { percent } from '../../components/format';
import { StatusTag } from '../../components/StatusTag';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { useI18n } from '../../i18n/i18n-context';

/** Too little text finds nothing useful. */
const MIN_TEXT = 8;
const DELAY_MS = 800;

/**
 * 相似信息 while typing: POST /triage/similar with the title and text a moment after the typing
 * stops; the items the caller may see (link, similarity, kind) and how many others of the
 * committee are like it.
 */
export function SimilarItemsPanel({ title, body }: { title: string; body: string }) {
  const { t } = useI18n();
  const settled = useDebouncedValue(`${title.trim()}\u0000${body.trim()}`, DELAY_MS);
  const [settledTitle, settledBody] = settled.split('\u0000');
  const query = { title: settledTitle, body: settledBody };
  const enabled = query.body.length + query.title.length >= MIN_TEXT;
  const similar = useQuery({
    queryKey: ['similar', query.title, query.body],
    queryFn: ({ signal }) =>
      similarItems(query.title || undefined, query.body || query.title, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });

  const answer = enabled ? similar.data : undefined;
  return (
    <Card
      size="small"
      title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('similar.title')}</h2>}
      extra={
        similar.isFetching && enabled ? (
          <Spin size="small" aria-label={t('similar.searching')} />
        ) : null
      }
    >
      <section aria-label={t('similar.title')} aria-live="polite" aria-busy={similar.isFetching}>
        {!enabled && <Typography.Text type="secondary">{t('similar.hint')}</Typography.Text>}
        {enabled && similar.isError && <ApiErrorAlert error={similar.error} />}
        {enabled && !answer && similar.isFetching && (
          <Typography.Text type="secondary">{t('similar.searching')}</Typography.Text>
        )}
        {answer && answer.items.length === 0 && answer.hiddenCount === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('similar.none')} />
        )}
        {answer && answer.notice && answer.items.length > 0 && (
          <Alert type="warning" showIcon message={answer.notice} style={{ marginBottom: 8 }} />
        )}
        {answer && answer.items.length > 0 && (
          <List
            size="small"
            dataSource={answer.items}
            renderItem={(item) => (
              <List.Item>
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Link to={`/items/${item.itemId}`} target="_blank" rel="noopener">
                    {item.title ?? t('similar.untitled')}
                  </Link>
                  <Space size={4} wrap>
                    <Tag color={item.kind === 'duplicate' ? 'red' : 'blue'}>
                      {t(item.kind === 'duplicate' ? 'similar.duplicate' : 'similar.sameIssue')}
                    </Tag>
                    <Typography.Text type="secondary">
                      {t('similar.similarity', { value: percent(item.similarity) })}
                    </Typography.Text>
                    <StatusTag status={item.status} />
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        )}
        {answer && answer.hiddenCount > 0 && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('similar.hidden', { count: answer.hiddenCount })}
          </Typography.Paragraph>
        )}
      </section>
    </Card>
  );
}
