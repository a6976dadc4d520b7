import { useColorScheme } from '@mui/material/styles';
import { useEffect } from 'react';
import { usePreferences } from '../lib/i18n/preferences';

/**
 * Hands the operator's theme choice to MUI. Our preferences store is the one source of truth (it keeps the choice in
 * this browser and on the account), so MUI's own storage is switched off in AppProviders.
 */
export function ColorSchemeSync() {
  const { theme } = usePreferences();
  const { setMode } = useColorScheme();
  useEffect(() => setMode(theme), [setMode, theme]);
  return null;
}
