import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Space, Tag, Typography } from 'antd';
import { compareRevisions } from '../../api/submissions';
import type { FieldChange } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../i18n/i18n-context';

const ADDED = { background: '#d9f7be', textDecoration: 'none' };
const REMOVED = { background: '#ffccc7' };

function Change({ change }: { change: FieldChange }) {
  const { t } = useI18n();
  if (change.kind === 'list') {
    return (
      <Space wrap>
        {change.removed.map((entry) => (
          <Tag key={`-${entry}`} color="red">
            {t('item.removed')}：<del>{entry}</del>
          </Tag>
        ))}
        {change.added.map((entry) => (
          <Tag key={`+${entry}`} color="green">
            {t('item.added')}：<ins style={{ textDecoration: 'none' }}>{entry}</ins>
          </Tag>
        ))}
      </Space>
    );
  }
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
      {change.parts.map((part, index) =>
        part.change === 'added' ? (
          <ins key={index} style={ADDED} title={t('item.added')}>
            {part.text}
          </ins>
        ) : part.change === 'removed' ? (
          <del key={index} style={REMOVED} title={t('item.removed')}>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Typography.Paragraph>
  );
}

/** 修改对比: GET /api/submissions/:id/revisions/compare (the latest revision against the one before). */
export function RevisionChanges({ id, revision }: { id: string; revision: number }) {
  const { t } = useI18n();
  const compare = useQuery({
    queryKey: ['compare', id, revision],
    queryFn: () => compareRevisions(id),
  });
  return (
    <Card
      size="small"
      title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('item.changes')}</h2>}
      style={{ marginTop: 16 }}
    >
      <section aria-label={t('item.changes')}>
        {compare.isPending && <Loading rows={3} />}
        {compare.isError && <ApiErrorAlert error={compare.error} />}
        {compare.data && (
          <>
            <Typography.Paragraph type="secondary">
              {t('item.changesHint', {
                from: compare.data.from.revision,
                to: compare.data.to.revision,
              })}
              {compare.data.to.note && ` · ${t('form.note')}：${compare.data.to.note}`}
            </Typography.Paragraph>
            {compare.data.changes.length === 0 && (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('item.noChanges')} />
            )}
            {compare.data.changes.map((change) => (
              <div key={change.field} style={{ marginBottom: 12 }}>
                <Typography.Text strong>{change.label}</Typography.Text>
                <Change change={change} />
              </div>
            ))}
          </>
        )}
      </section>
    </Card>
  );
}
