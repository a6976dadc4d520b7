import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { HttpError } from '../lib/api-client';
import { createEmotionCache } from './emotion-cache';
import { theme } from './theme';

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
  return (
    <CacheProvider value={emotionCache}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ThemeProvider>
    </CacheProvider>
  );
}
