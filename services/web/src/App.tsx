import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/errors';
import { antdLocale } from './i18n/antd-locale';
import { I18nProvider, useI18n } from './i18n/i18n-context';
import { AppRoutes } from './routes';
import { SessionProvider } from './session/session-context';
import { SignInModal } from './session/SignInModal';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a lost connection or a 5xx may.
      retry: (count, error) =>
        count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
  },
});

const THEME = { token: { colorPrimary: '#b71c1c', borderRadius: 4 } };

function Localised() {
  const { locale } = useI18n();
  return (
    // autoInsertSpace off: antd would render 登录 as "登 录", which is not the button's name.
    <ConfigProvider locale={antdLocale(locale)} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntdApp>
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
            <SignInModal />
          </SessionProvider>
        </BrowserRouter>
      </AntdApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Localised />
      </I18nProvider>
    </QueryClientProvider>
  );
}
