import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageSpinner } from '../../../components/page-spinner';
import { describeError } from '../../../lib/describe-error';
import { useSession } from '../api/get-session';
import { OperatorContext } from '../operator-context';
import type { SignInState } from '../redirect-target';

/** Layout route: its children render only for a signed-in operator; everyone else goes to sign-in. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  // This gate stays mounted while the operator moves between pages, so losing a session it has seen means expiry
  // (a 401 somewhere), not a first visit.
  const [hadSession, setHadSession] = useState(false);
  if (session.data && !hadSession) setHadSession(true);

  if (session.isPending) return <PageSpinner label="Checking your session" />;
  if (session.data) {
    return (
      <OperatorContext value={session.data}>
        <Outlet />
      </OperatorContext>
    );
  }
  if (session.isError) {
    const { title, message } = describeError(session.error);
    return (
      <Box sx={{ maxWidth: 640, mx: 'auto', my: 8, px: 2 }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => session.refetch()}>
              Retry
            </Button>
          }
        >
          <AlertTitle>Could not check your session ({title})</AlertTitle>
          {message}
        </Alert>
      </Box>
    );
  }
  const state: SignInState = { from: location, expired: hadSession };
  return <Navigate to="/sign-in" replace state={state} />;
}
