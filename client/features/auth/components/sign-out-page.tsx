import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageSpinner } from '../../../components/page-spinner';
import { useSession } from '../api/get-session';
import { useSignOut } from '../api/sign-out';

/** The server's route to the provider's RP-initiated logout (or back to sign-in when it has none). */
const PROVIDER_LOGOUT = '/api/session/oidc/logout';

/**
 * Signing out is a page of its own, outside RequireSession: dropping the session there would make the gate send
 * the operator to sign-in with a "come back here" note, which an intentional sign-out must not leave.
 */
export function SignOutPage() {
  const { t } = useTranslation('auth');
  const signOut = useSignOut();
  const navigate = useNavigate();
  const started = useRef(false);
  const { mutate } = signOut;
  // Read before signing out empties the session: an SSO operator also leaves the provider, or the next "Sign in
  // with SSO" on this machine would let anyone in as them without a password.
  const sso = useSession().data?.sso === true;
  const [leavingProvider, setLeavingProvider] = useState(false);

  const run = useCallback(
    () =>
      mutate(undefined, {
        onSuccess: () => {
          if (!sso) return navigate('/sign-in', { replace: true });
          setLeavingProvider(true);
          window.location.assign(PROVIDER_LOGOUT);
        },
      }),
    [mutate, navigate, sso],
  );
  useEffect(() => {
    // Once per visit, even when StrictMode runs effects twice.
    if (started.current) return;
    started.current = true;
    run();
  }, [run]);

  if (!signOut.isError) return <PageSpinner label={leavingProvider ? t('signOut.provider') : t('signOut.pending')} />;
  return (
    <Box sx={{ maxWidth: 640, mx: 'auto', my: 8, px: 2 }}>
      <ErrorAlert context={t('signOut.failed')} error={signOut.error} onRetry={run}>
        <Button component={RouterLink} to="/" size="small" color="inherit" sx={{ mt: 1, textDecoration: 'underline' }}>
          {t('signOut.back')}
        </Button>
      </ErrorAlert>
    </Box>
  );
}
