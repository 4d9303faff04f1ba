import { Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { useMe, useSession } from '../session/session-context';
import { navigationFor, selectedEntry } from './navigation';
import { LanguageSwitch } from './LanguageSwitch';

const SIDER_WIDTH = 200;

/**
 * The frame of every signed-in screen: a side menu on wide screens (collapsible), a drawer on
 * phones, the header with the language switch and sign-out.
 */
export function AppLayout() {
  const { t } = useI18n();
  const me = useMe();
  const { logout } = useSession();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const selected = selectedEntry(pathname);
  const menu = (
    <nav aria-label={t('app.menu')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        onClick={() => setDrawerOpen(false)}
        items={navigationFor(me.role).map((entry) => ({
          key: entry.path,
          label: <Link to={entry.path}>{t(entry.label)}</Link>,
        }))}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
  const menuOpen = wide ? !collapsed : drawerOpen;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: wide ? 24 : 12,
          background: '#9f1d20',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Button
          aria-expanded={menuOpen}
          aria-controls="app-menu"
          onClick={() => (wide ? setCollapsed(!collapsed) : setDrawerOpen(!drawerOpen))}
        >
          {t('app.menu')}
        </Button>
        <Link
          to="/"
          style={{
            color: '#fff',
            fontWeight: 600,
            fontSize: wide ? 18 : 16,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {t('app.name')}
        </Link>
        <Space style={{ marginInlineStart: 'auto' }} size={wide ? 12 : 4}>
          {wide && (
            <Typography.Text style={{ color: '#fff' }}>
              {me.displayName} · {t(`role.${me.role}`)}
            </Typography.Text>
          )}
          <LanguageSwitch />
          <Button onClick={() => void logout()}>{t('app.signOut')}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider
            id="app-menu"
            width={SIDER_WIDTH}
            collapsed={collapsed}
            collapsedWidth={0}
            trigger={null}
            theme="light"
            style={{ borderInlineEnd: collapsed ? 'none' : '1px solid #f0f0f0' }}
          >
            {!collapsed && menu}
          </Layout.Sider>
        ) : (
          <Drawer
            id="app-menu"
            title={t('app.menu')}
            placement="left"
            width={260}
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            styles={{ body: { padding: 0 } }}
          >
            <div style={{ padding: '12px 16px', color: '#555' }}>
              {me.displayName} · {t(`role.${me.role}`)}
            </div>
            {menu}
          </Drawer>
        )}
        {/* Layout.Content is the <main> landmark. */}
        <Layout.Content
          id="main"
          tabIndex={-1}
          style={{ padding: wide ? 24 : 12, minWidth: 0, outline: 'none' }}
        >
          <div style={{ maxWidth: 1200, margin: '0 auto' }}>
            <Outlet />
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
