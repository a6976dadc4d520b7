import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { BrandMark } from '../../../components/brand-mark';
import { ErrorAlert } from '../../../components/error-alert';
import { PageSpinner } from '../../../components/page-spinner';
import { LanguageMenu, ThemeMenu } from '../../../components/preference-menus';
import { MAIN_CONTENT_ID, SkipLink } from '../../../components/skip-link';
import { useSession } from '../api/get-session';
import { useSignIn } from '../api/sign-in';
import { isExpiredSession, redirectTarget, returnPath } from '../redirect-target';
import { SignInField } from './sign-in-field';

export function SignInPage() {
  const { t } = useTranslation(['auth', 'common']);
  const session = useSession();
  const location = useLocation();

  // Signing in fills the session, which lands here and leaves for the page the operator came from.
  if (session.data) return <Navigate to={redirectTarget(location.state)} replace />;
  return (
    <>
      <SkipLink />
      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        sx={{
          position: 'relative',
          minHeight: '100vh',
          bgcolor: 'background.default',
          display: 'grid',
          placeItems: 'center',
          p: 2,
        }}
      >
        <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
          {/* Signed out, the choice stays in this browser; it is saved to the account on signing in. */}
          <LanguageMenu />
          <ThemeMenu />
        </Box>
        <Box sx={{ width: '100%', maxWidth: 400 }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', justifyContent: 'center', mb: 3 }}>
            <BrandMark size={36} />
            <Typography variant="h1" component="h1">
              {t('common:appName')}
            </Typography>
          </Stack>
          {session.isPending ? <PageSpinner label={t('common:loading.session')} /> : <SignInForm />}
          <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', mt: 3 }}>
            {t('signIn.footer')}
          </Typography>
        </Box>
      </Box>
    </>
  );
}

function SignInForm() {
  const { t } = useTranslation('auth');
  const signIn = useSignIn();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const usernameMissing = submitted && username.trim() === '';
  const passwordMissing = submitted && password === '';
  const returning = returnPath(location.state);
  const intro = isExpiredSession(location.state)
    ? t('signIn.introExpired')
    : returning && returning !== '/'
      ? t('signIn.introReturning')
      : t('signIn.intro');

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
          {t('signIn.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {intro}
        </Typography>
        <Box component="form" noValidate onSubmit={onSubmit}>
          <Stack spacing={2.5}>
            {signIn.isError && <ErrorAlert error={signIn.error} />}
            <SignInField
              label={t('signIn.username')}
              name="username"
              value={username}
              onChange={setUsername}
              required
              autoFocus
              error={usernameMissing ? t('signIn.usernameMissing') : undefined}
              inputProps={{ autoComplete: 'username', autoCapitalize: 'none', spellCheck: false }}
            />
            <SignInField
              label={t('signIn.password')}
              name="password"
              type="password"
              value={password}
              onChange={setPassword}
              required
              error={passwordMissing ? t('signIn.passwordMissing') : undefined}
              inputProps={{ autoComplete: 'current-password' }}
            />
            <Button type="submit" variant="contained" size="large" fullWidth loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </Box>
      </CardContent>
    </Card>
  );
}
