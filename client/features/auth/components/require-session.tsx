import Box from '@mui/material/Box';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageSpinner } from '../../../components/page-spinner';
import { useSession } from '../api/get-session';
import { OperatorContext } from '../operator-context';
import type { SignInState } from '../redirect-target';
import { useAccountPreferences } from '../use-account-preferences';

/** Layout route: its children render only for a signed-in operator; everyone else goes to sign-in. */
export function RequireSession() {
  const { t } = useTranslation(['auth', 'common']);
  const session = useSession();
  const location = useLocation();
  const preferencesReady = useAccountPreferences(session.data);
  // This gate stays mounted while the operator moves between pages, so losing a session it has seen means expiry
  // (a 401 somewhere), not a first visit.
  const [hadSession, setHadSession] = useState(false);
  if (session.data && !hadSession) setHadSession(true);

  if (session.isPending || (session.data && !preferencesReady)) {
    return <PageSpinner label={t('common:loading.session')} />;
  }
  if (session.data) {
    return (
      <OperatorContext value={session.data}>
        <Outlet />
      </OperatorContext>
    );
  }
  if (session.isError) {
    return (
      <Box sx={{ maxWidth: 640, mx: 'auto', my: 8, px: 2 }}>
        <ErrorAlert context={t('session.checkFailed')} error={session.error} onRetry={() => session.refetch()} />
      </Box>
    );
  }
  const state: SignInState = { from: location, expired: hadSession };
  return <Navigate to="/sign-in" replace state={state} />;
}
