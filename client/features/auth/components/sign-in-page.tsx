import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { BrandMark } from '../../../components/brand-mark';
import { PageSpinner } from '../../../components/page-spinner';
import { LanguageMenu, ThemeMenu } from '../../../components/preference-menus';
import { MAIN_CONTENT_ID, SkipLink } from '../../../components/skip-link';
import { useSession } from '../api/get-session';
import { useSignInOptions } from '../api/get-sign-in-options';
import { isExpiredSession, redirectTarget, returnPath } from '../redirect-target';
import { PasswordForm } from './password-form';
import { SsoErrorAlert, ssoErrorOf } from './sso-error';

// Most consoles have no single sign-on: the button, its divider and the break-glass disclosure load only where it is on.
const SsoSignIn = lazy(async () => ({ default: (await import('./sso-sign-in')).SsoSignIn }));

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
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', justifyContent: 'center', mb: 3 }}>
            <BrandMark size={36} />
            <Typography variant="h1" component="h1">
              {t('common:appName')}
            </Typography>
          </Box>
          {session.isPending ? <PageSpinner label={t('common:loading.session')} /> : <SignInCard />}
          <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', mt: 3 }}>
            {t('signIn.footer')}
          </Typography>
        </Box>
      </Box>
    </>
  );
}

function SignInCard() {
  const { t } = useTranslation(['auth', 'common']);
  const location = useLocation();
  const options = useSignInOptions();
  const ssoError = ssoErrorOf(location.search);
  const returning = returnPath(location.state);
  const intro = isExpiredSession(location.state)
    ? t('signIn.introExpired')
    : returning && returning !== '/'
      ? t('signIn.introReturning')
      : t('signIn.intro');
  const sso = options.data?.sso ?? null;

  return (
    // Paper and Box drawn as Card and CardContent draw them (padding as CardContent's last child), and Box rather than
    // Stack: each of those components is code the sign-in page, the first download of most visits, would carry.
    <Paper component="section" aria-labelledby="sign-in-title" sx={{ overflow: 'hidden' }}>
      <Box sx={{ px: { xs: 3, sm: 4 }, pt: { xs: 3, sm: 4 }, pb: 3 }}>
        <Typography id="sign-in-title" variant="h6" component="h2" sx={{ fontSize: '1.15rem', fontWeight: 600 }}>
          {t('signIn.title')}
        </Typography>
        {!sso && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
            {intro}
          </Typography>
        )}
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2.5, mt: sso ? 1 : 0 }}>
          {ssoError && <SsoErrorAlert code={ssoError} />}
          {options.isPending ? (
            <PageSpinner label={t('common:loading.session')} />
          ) : sso ? (
            <Suspense fallback={<PageSpinner label={t('common:loading.session')} />}>
              <SsoSignIn
                displayName={sso.displayName}
                passwordForm={options.data?.passwordForm ?? true}
                returnTo={returning}
              />
            </Suspense>
          ) : (
            // Without the options (an old server, a failed request) the password form is the way in; the server
            // still decides who may use it.
            <PasswordForm autoFocus />
          )}
        </Box>
      </Box>
    </Paper>
  );
}
