import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../lib/i18n/i18n';
import { muiLocales } from '../lib/i18n/mui-locales';
import { usePreferences } from '../lib/i18n/preferences';
import { ColorSchemeSync } from './color-scheme-sync';
import { createEmotionCache } from './emotion-cache';
import { createQueryClient } from './query-client';
import { createAppTheme } from './theme';

interface Props {
  /** The client main.tsx started the first requests with; a fresh one otherwise. */
  queryClient?: QueryClient;
  children: ReactNode;
}

export function AppProviders({ queryClient: given, children }: Props) {
  // Held in state so a remount (tests, hot reload) never shares a cache with another tree.
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [emotionCache] = useState(createEmotionCache);
  const { language, theme: mode } = usePreferences();
  // A language switch loads MUI's texts before it is shown (see changePreferences), so they are here by now.
  const theme = useMemo(() => createAppTheme(muiLocales(language)), [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <CacheProvider value={emotionCache}>
        {/* The first render already has the chosen scheme (noSsr, defaultMode): no flash of the other one. */}
        <ThemeProvider theme={theme} defaultMode={mode} storageManager={null} noSsr>
          <ColorSchemeSync />
          <CssBaseline />
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </ThemeProvider>
      </CacheProvider>
    </I18nextProvider>
  );
}
