import { useEffect, useState } from 'react';
import type { SessionInfo } from '../../../contract/session';
import { adoptServerPreferences } from '../../lib/i18n/preferences';
import { useUpdatePreferences } from './api/update-preferences';

/**
 * Once per signed-in operator: their saved language and time zone apply here, and a language picked on the sign-in
 * page just now is saved to their account. Returns false until that is done, so the pages open in the right
 * language rather than switching under the operator's eyes.
 */
export function useAccountPreferences(session: SessionInfo | null | undefined): boolean {
  const [adoptedFor, setAdoptedFor] = useState<string | null>(null);
  const { mutate: save } = useUpdatePreferences();
  const username = session?.username ?? null;
  const server = session?.preferences;

  useEffect(() => {
    if (!username || !server || adoptedFor === username) return;
    let cancelled = false;
    adoptServerPreferences(server)
      .then((pending) => {
        if (Object.keys(pending).length > 0) save(pending);
      })
      .catch((error: unknown) => console.error('Could not apply the saved preferences', error))
      .finally(() => {
        if (!cancelled) setAdoptedFor(username);
      });
    return () => {
      cancelled = true;
    };
  }, [username, server, adoptedFor, save]);

  return username !== null && adoptedFor === username;
}
