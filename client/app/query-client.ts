import { QueryClient } from '@tanstack/react-query';
import { HttpError } from '../lib/api-client';

/** One retry for network trouble and 5xx; a 4xx (401, 403, 400) will not change by asking again. */
const retryOnce = (failures: number, error: unknown) =>
  failures < 1 && !(error instanceof HttpError && error.status < 500);

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: retryOnce, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
