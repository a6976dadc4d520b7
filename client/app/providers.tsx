import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { HttpError } from '../lib/api-client';
import { i18n } from '../lib/i18n/i18n';
import { muiLocales } from '../lib/i18n/mui-locales';
import { usePreferences } from '../lib/i18n/preferences';
import { createEmotionCache } from './emotion-cache';
import { createAppTheme } from './theme';

/** One retry for network trouble and 5xx; a 4xx (401, 403, 400) will not change by asking again. */
const retryOnce = (failures: number, error: unknown) =>
  failures < 1 && !(error instanceof HttpError && error.status < 500);

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: retryOnce, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export function AppProviders({ children }: { children: ReactNode }) {
  // Held in state so a remount (tests, hot reload) never shares a cache with another tree.
  const [queryClient] = useState(createQueryClient);
  const [emotionCache] = useState(createEmotionCache);
  const { language } = usePreferences();
  // A language switch loads MUI's texts before it is shown (see changePreferences), so they are here by now.
  const theme = useMemo(() => createAppTheme(muiLocales(language)), [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <CacheProvider value={emotionCache}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ThemeProvider>
      </CacheProvider>
    </I18nextProvider>
  );
}
