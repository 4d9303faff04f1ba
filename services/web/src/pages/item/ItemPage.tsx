import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { freshItemQuery } from '../../api/read-your-writes';
import { submission, timeline } from '../../api/submissions';
import { assessment } from '../../api/triage';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/i18n-context';
import { STAFF, SUBMITTERS } from '../../layout/navigation';
import { useMe } from '../../session/session-context';
import { ClassificationForm } from './ClassificationForm';
import { ItemContent } from './ItemContent';
import { ItemTimeline, lastReturnComments } from './ItemTimeline';
import { RevisionChanges } from './RevisionChanges';
import { SideBySide } from './SideBySide';
import { TriagePanel } from './TriagePanel';
import { WithdrawButton } from './WithdrawButton';
import { ButtonLink } from '../../components/ButtonLink';

/**
 * /items/:id: the item (GET /api/submissions/:id), its timeline, what the last revision changed,
 * its triage; the submitter's actions (revise a returned item, withdraw), the editor's (correct
 * the domain, look-alikes side by side).
 */
export function ItemPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const me = useMe();
  const [comparing, setComparing] = useState<string | null>(null);
  const item = useQuery({
    queryKey: ['submission', id],
    queryFn: () => submission(id),
    ...freshItemQuery,
  });
  const history = useQuery({
    queryKey: ['timeline', id],
    queryFn: () => timeline(id),
    ...freshItemQuery,
  });
  const triage = useQuery({
    queryKey: ['assessment', id],
    queryFn: () => assessment(id),
    enabled: item.data !== undefined && item.data.data.status !== 'draft',
  });

  if (item.isPending) return <Loading rows={10} />;
  if (item.isError) {
    const missing = item.error instanceof ApiError && item.error.status === 404;
    return missing ? (
      <Alert type="warning" showIcon message={t('item.notFound')} />
    ) : (
      <ApiErrorAlert error={item.error} onRetry={() => void item.refetch()} />
    );
  }

  const { data: view, etag } = item.data;
  const staff = STAFF.includes(me.role);
  const participant = view.participants.includes(me.userId) && SUBMITTERS.includes(me.role);
  const comments = view.status === 'returned' ? lastReturnComments(history.data) : undefined;

  const actions = (
    <Space wrap>
      {view.status === 'draft' && participant && (
        <ButtonLink to={`/drafts/${id}`} type="primary">
          {t('item.editDraft')}
        </ButtonLink>
      )}
      {view.status === 'returned' && participant && (
        <ButtonLink to={`/items/${id}/revise`} type="primary">
          {t('item.revise')}
        </ButtonLink>
      )}
      {(view.status === 'submitted' || view.status === 'returned') && participant && (
        <WithdrawButton view={view} etag={etag} />
      )}
    </Space>
  );

  return (
    <>
      <PageTitle extra={actions}>{view.content?.title ?? t('item.title')}</PageTitle>
      {view.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('item.returnComments')}
          description={comments ?? '—'}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card>
            <ItemContent view={view} />
          </Card>
          {view.revision > 1 && <RevisionChanges id={id} revision={view.revision} />}
        </Col>
        <Col xs={24} lg={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {view.status !== 'draft' && (
              <TriagePanel assessment={triage} staff={staff} onCompare={setComparing}>
                {me.role === 'editor' && triage.data && (
                  <div style={{ marginTop: 12 }}>
                    <ClassificationForm
                      itemId={id}
                      orgId={view.organisationId ?? me.organisationId}
                      current={triage.data.data.label}
                      etag={triage.data.etag}
                    />
                  </div>
                )}
              </TriagePanel>
            )}
            <Card
              size="small"
              title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('item.timeline')}</h2>}
            >
              <section aria-label={t('item.timeline')}>
                {history.isPending && <Loading rows={3} />}
                {history.isError && <ApiErrorAlert error={history.error} />}
                {history.data && <ItemTimeline timeline={history.data} />}
              </section>
            </Card>
          </Space>
        </Col>
      </Row>
      {comparing && (
        <SideBySide view={view} otherId={comparing} onClose={() => setComparing(null)} />
      )}
    </>
  );
}
