import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { useUpdatePreferences } from '../features/auth/api/update-preferences';
import { useOperator } from '../features/auth/operator-context';
import { useConfig } from '../lib/console-config';
import { AppLayout } from './app-layout';
import { useFocusPageHeading } from './use-focus-page-heading';

/** The signed-in frame: top bar, then the page, whose code may still be loading. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const operator = useOperator();
  const config = useConfig();
  const savePreferences = useUpdatePreferences();
  useFocusPageHeading();
  return (
    <AppLayout
      operator={operator}
      demo={config.data?.demo ?? false}
      onSavePreferences={(patch) => savePreferences.mutate(patch)}
    >
      <Suspense fallback={<PageSpinner label={t('loading.page')} />}>
        <Outlet />
      </Suspense>
      <Snackbar open={savePreferences.isError} onClose={() => savePreferences.reset()} autoHideDuration={8000}>
        <Alert severity="warning" variant="filled" onClose={() => savePreferences.reset()}>
          {t('preferences.saveFailed')}
        </Alert>
      </Snackbar>
    </AppLayout>
  );
}
