import type { QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app-routes';
import { AppErrorBoundary } from './error-boundary';
import { AppProviders } from './providers';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  return (
    <AppProviders queryClient={queryClient}>
      {/* Address changes commit at once rather than as transitions: a lookup address reached by back/forward must
          reach the lookup page, and a transition under the busy results grid was seen never to commit. */}
      <BrowserRouter useTransitions={false}>
        <AppErrorBoundary>
          <AppRoutes />
        </AppErrorBoundary>
      </BrowserRouter>
    </AppProviders>
  );
}
