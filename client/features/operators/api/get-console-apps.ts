import { useQuery } from '@tanstack/react-query';
import { configQueryOptions } from '../../../lib/console-config';

/** The apps an admin may grant: an admin's `/api/config` lists every app the console serves. */
export function useConsoleApps() {
  return useQuery({ ...configQueryOptions(), select: (config) => config.apps });
}
