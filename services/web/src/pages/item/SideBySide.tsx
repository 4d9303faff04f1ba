import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { submission } from '../../api/submissions';
import type { SubmissionView } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/i18n-context';
import { ItemContent } from './ItemContent';

interface Props {
  view: SubmissionView;
  otherId: string;
  onClose: () => void;
}

/** 相似信息对照: this item and a look-alike, in two columns (one above the other on phones). */
export function SideBySide({ view, otherId, onClose }: Props) {
  const { t } = useI18n();
  const other = useQuery({ queryKey: ['submission', otherId], queryFn: () => submission(otherId) });
  const section = useRef<HTMLElement>(null);
  useEffect(
    () => section.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
    [otherId],
  );
  const column = (label: string, item: SubmissionView, link?: string) => (
    <Col xs={24} md={12}>
      <Card
        size="small"
        title={
          <>
            <Typography.Text type="secondary">{label}</Typography.Text>{' '}
            <StatusTag status={item.status} />
          </>
        }
        extra={link && <Link to={link}>{t('triage.open')}</Link>}
        style={{ height: '100%' }}
      >
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {item.content?.title}
        </Typography.Title>
        <ItemContent view={item} compact />
      </Card>
    </Col>
  );
  return (
    <section ref={section} aria-label={t('triage.compareTitle')} style={{ marginTop: 16 }}>
      <div style={{ display: 'flex', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('triage.compareTitle')}
        </Typography.Title>
        <Button style={{ marginInlineStart: 'auto' }} onClick={onClose}>
          {t('item.cancel')}
        </Button>
      </div>
      <Row gutter={[16, 16]}>
        {column(t('triage.thisItem'), view)}
        {other.isPending && (
          <Col xs={24} md={12}>
            <Loading />
          </Col>
        )}
        {other.isError && (
          <Col xs={24} md={12}>
            <ApiErrorAlert error={other.error} />
          </Col>
        )}
        {other.data && column(t('triage.otherItem'), other.data.data, `/items/${otherId}`)}
      </Row>
    </section>
  );
}
