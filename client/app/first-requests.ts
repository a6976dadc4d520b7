import type { QueryClient } from '@tanstack/react-query';
import type { ConsoleConfig } from '../../contract/console-config';
import { sessionQueryOptions } from '../features/auth/api/get-session';
import { apiRequest } from '../lib/api-client';
import { configQueryOptions } from '../lib/console-config';
import { keepSessionHint, readSessionHint } from './session-hint';

/**
 * Starts what the first page will ask for while the texts load, instead of one after another (code, then session,
 * then the page's code, then config). Called once, before the first render.
 */
export function startFirstRequests(queryClient: QueryClient, pathname: string) {
  keepSessionHint(queryClient);
  // Signing out drops the session; asking for it at the same moment could race with that.
  if (pathname.startsWith('/sign-out')) return;
  void queryClient.prefetchQuery(sessionQueryOptions());
  // A signed-out visitor would only be sent to sign-in: they get none of the rest.
  if (pathname.startsWith('/sign-in') || !readSessionHint()) return;
  // If the hint was wrong, this is a 401, which is no news here: the session answer decides where the operator goes,
  // and the console asks for the config again after sign-in.
  void queryClient.prefetchQuery({
    ...configQueryOptions(),
    queryFn: ({ signal }) => apiRequest<ConsoleConfig>('/api/config', { signal, expectUnauthenticated: true }),
  });
  void import('./console-layout');
  if (pathname === '/') void import('../features/lookup/components/lookup-page');
}
