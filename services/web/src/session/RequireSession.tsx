import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from './session-context';
import { ButtonLink } from '../components/ButtonLink';

/** Signed-in screens: the sign-in page first (coming back here afterwards), then the role check. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <div role="status" style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" tip={t('app.loading')}>
          <div style={{ width: 120, height: 80 }} />
        </Spin>
      </div>
    );
  }
  if (state.status === 'anonymous') {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return children;
}

export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { state } = useSession();
  const { t } = useI18n();
  if (state.status === 'signed-in' && !roles.includes(state.me.role)) {
    return (
      <Result
        status="403"
        title={t('app.forbidden')}
        extra={
          <ButtonLink to="/" type="primary">
            {t('app.backHome')}
          </ButtonLink>
        }
      />
    );
  }
  return children;
}
