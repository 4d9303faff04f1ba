import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/i18n-context';
import { navigationFor } from '../../layout/navigation';
import { useMe } from '../../session/session-context';

/** `/`: the caller's screens as cards, by role. */
export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  const entries = navigationFor(me.role).filter((entry) => entry.path !== '/');
  return (
    <>
      <PageTitle>{t('home.welcome', { name: me.displayName })}</PageTitle>
      <Typography.Paragraph type="secondary">
        {t('home.org', { org: me.organisation?.name ?? '', role: t(`role.${me.role}`) })}
      </Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t('home.shortcuts')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {entries.map((entry) => (
          <Col key={entry.path} xs={24} sm={12} lg={8}>
            <Link to={entry.path}>
              <Card hoverable>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {t(entry.label)}
                </Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
