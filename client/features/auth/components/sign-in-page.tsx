import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { BrandMark } from '../../../components/brand-mark';
import { PageSpinner } from '../../../components/page-spinner';
import { describeError } from '../../../lib/describe-error';
import { useSession } from '../api/get-session';
import { useSignIn } from '../api/sign-in';
import { isExpiredSession, redirectTarget, returnPath } from '../redirect-target';

export function SignInPage() {
  const session = useSession();
  const location = useLocation();

  // Signing in fills the session, which lands here and leaves for the page the operator came from.
  if (session.data) return <Navigate to={redirectTarget(location.state)} replace />;
  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', bgcolor: 'background.default', display: 'grid', placeItems: 'center', p: 2 }}
    >
      <Box sx={{ width: '100%', maxWidth: 400 }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', justifyContent: 'center', mb: 3 }}>
          <BrandMark size={36} />
          <Typography variant="h1" component="h1">
            IM Participant Console
          </Typography>
        </Stack>
        {session.isPending ? <PageSpinner label="Checking your session" /> : <SignInForm />}
        <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', mt: 3 }}>
          Accounts are managed by your console administrator.
        </Typography>
      </Box>
    </Box>
  );
}

function SignInForm() {
  const signIn = useSignIn();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const usernameMissing = submitted && username.trim() === '';
  const passwordMissing = submitted && password === '';
  const returning = returnPath(location.state);
  const intro = isExpiredSession(location.state)
    ? 'Your session has ended. Sign in again to continue where you left off.'
    : returning && returning !== '/'
      ? 'Sign in to continue to the page you opened.'
      : 'Use your operator account to look up conversation members.';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (username.trim() === '' || password === '' || signIn.isPending) return;
    signIn.mutate({ username: username.trim(), password });
  };

  return (
    <Card component="section" aria-labelledby="sign-in-title">
      <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
        <Typography id="sign-in-title" variant="h6" component="h2" sx={{ fontSize: '1.15rem', fontWeight: 600 }}>
          Sign in
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {intro}
        </Typography>
        <Box component="form" noValidate onSubmit={onSubmit}>
          <Stack spacing={2.5}>
            {signIn.isError && <Alert severity="error">{describeError(signIn.error).message}</Alert>}
            <TextField
              label="Username"
              name="username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              required
              autoFocus
              error={usernameMissing}
              helperText={usernameMissing ? 'Enter your username' : undefined}
              slotProps={{ htmlInput: { autoComplete: 'username', autoCapitalize: 'none', spellCheck: false } }}
            />
            <TextField
              label="Password"
              name="password"
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
              error={passwordMissing}
              helperText={passwordMissing ? 'Enter your password' : undefined}
              slotProps={{ htmlInput: { autoComplete: 'current-password' } }}
            />
            <Button type="submit" variant="contained" size="large" fullWidth loading={signIn.isPending}>
              Sign in
            </Button>
          </Stack>
        </Box>
      </CardContent>
    </Card>
  );
}
