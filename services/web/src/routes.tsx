import { Result } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './components/Loading';
import { useI18n } from './i18n/i18n-context';
import { AppLayout } from './layout/AppLayout';
import { ALL, IMPORTERS, STAFF, SUBMITTERS } from './layout/navigation';
import { LoginPage } from './pages/login/LoginPage';
import { RequireRole, RequireSession } from './session/RequireSession';
import type { Role } from './api/types';
import { ButtonLink } from './components/ButtonLink';

/** Each screen is its own chunk, loaded when first opened. */
const page = <Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const HomePage = page(() => import('./pages/home/HomePage'), 'HomePage');
const SubmitPage = page(() => import('./pages/submit/SubmitPage'), 'SubmitPage');
const MinePage = page(() => import('./pages/mine/MinePage'), 'MinePage');
const ItemPage = page(() => import('./pages/item/ItemPage'), 'ItemPage');
const RevisePage = page(() => import('./pages/revise/RevisePage'), 'RevisePage');
const ImportPage = page(() => import('./pages/import/ImportPage'), 'ImportPage');
const InboxPage = page(() => import('./pages/inbox/InboxPage'), 'InboxPage');
const HotIssuesPage = page(() => import('./pages/hot-issues/HotIssuesPage'), 'HotIssuesPage');
const UsersPage = page(() => import('./pages/manage/users/UsersPage'), 'UsersPage');
const OrganisationsPage = page(
  () => import('./pages/manage/organisations/OrganisationsPage'),
  'OrganisationsPage',
);
const TaxonomyPage = page(() => import('./pages/manage/taxonomy/TaxonomyPage'), 'TaxonomyPage');

const screen = (roles: readonly Role[], element: ReactNode) => (
  <RequireRole roles={roles}>
    <Suspense fallback={<Loading />}>{element}</Suspense>
  </RequireRole>
);

function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      extra={
        <ButtonLink to="/" type="primary">
          {t('app.backHome')}
        </ButtonLink>
      }
    />
  );
}

/**
 * The SPA's routes; none starts with an API prefix (/api, /auth, /me, /admin, /triage, /health,
 * /metrics, /docs), which the gateway answers itself.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={screen(ALL, <HomePage />)} />
        {/* One element for both: the form stays mounted when its first autosave names the draft. */}
        <Route path="/submit" element={screen(SUBMITTERS, <SubmitPage />)} />
        <Route path="/drafts/:id" element={screen(SUBMITTERS, <SubmitPage />)} />
        <Route path="/mine" element={screen(SUBMITTERS, <MinePage />)} />
        <Route path="/items/:id" element={screen(ALL, <ItemPage />)} />
        <Route path="/items/:id/revise" element={screen(SUBMITTERS, <RevisePage />)} />
        <Route path="/import" element={screen(IMPORTERS, <ImportPage />)} />
        <Route path="/inbox" element={screen(STAFF, <InboxPage />)} />
        <Route path="/hot-issues" element={screen(STAFF, <HotIssuesPage />)} />
        <Route path="/manage/users" element={screen(['admin'], <UsersPage />)} />
        <Route path="/manage/organisations" element={screen(['admin'], <OrganisationsPage />)} />
        <Route path="/manage/taxonomy" element={screen(['admin'], <TaxonomyPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
