import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { PageSpinner } from '../../../components/page-spinner';
import { useSignOut } from '../api/sign-out';

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

  const run = useCallback(
    () => mutate(undefined, { onSuccess: () => navigate('/sign-in', { replace: true }) }),
    [mutate, navigate],
  );
  useEffect(() => {
    // Once per visit, even when StrictMode runs effects twice.
    if (started.current) return;
    started.current = true;
    run();
  }, [run]);

  if (!signOut.isError) return <PageSpinner label={t('signOut.pending')} />;
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
