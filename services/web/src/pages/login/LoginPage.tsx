import { Card, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { LoginForm } from '../../session/LoginForm';
import { useSession } from '../../session/session-context';

/** /login: 用户名, 密码, 登录; back to the page that sent here afterwards. */
export function LoginPage() {
  const { t } = useI18n();
  const { state } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  useEffect(() => {
    document.title = `${t('login.title')} - ${t('app.name')}`;
  }, [t]);

  if (state.status === 'signed-in') return <Navigate to={from} replace />;

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        justifyContent: 'center',
        padding: '48px 16px',
        boxSizing: 'border-box',
        background: 'linear-gradient(180deg, #9f1d20 0, #9f1d20 200px, #f5f5f5 200px)',
      }}
    >
      <div style={{ width: '100%', maxWidth: 400 }}>
        <div style={{ display: 'flex', alignItems: 'center', marginBottom: 16 }}>
          <Typography.Title level={1} style={{ color: '#fff', fontSize: 24, margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <div style={{ marginInlineStart: 'auto' }}>
            <LanguageSwitch />
          </div>
        </div>
        <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('login.title')}</h2>}>
          <LoginForm onSignedIn={() => navigate(from, { replace: true })} />
        </Card>
      </div>
    </main>
  );
}
