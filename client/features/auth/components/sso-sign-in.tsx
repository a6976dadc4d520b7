import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordForm } from './password-form';

/** The server's own route: a full-page navigation to the identity provider, never a fetch. */
const SSO_START = '/api/session/oidc/start';

/** The SSO button first; the password form below it, or behind a break-glass disclosure under OIDC_ONLY. */
export function SsoSignIn({
  displayName,
  passwordForm,
  returnTo,
}: {
  displayName: string | null;
  passwordForm: boolean;
  /** The page the operator was sent away from; the server checks it again before going there. */
  returnTo: string | null;
}) {
  const { t } = useTranslation('auth');
  const [breakGlass, setBreakGlass] = useState(false);
  const breakGlassId = useId();
  return (
    <Stack spacing={2.5}>
      <Typography variant="body2" color="text.secondary">
        {t('signIn.ssoIntro')}
      </Typography>
      <Button
        href={returnTo ? `${SSO_START}?${new URLSearchParams({ returnTo })}` : SSO_START}
        variant="contained"
        size="large"
        fullWidth
      >
        {displayName ? t('signIn.ssoNamed', { name: displayName }) : t('signIn.sso')}
      </Button>
      {passwordForm ? (
        <>
          <Divider>
            <Typography variant="body2" color="text.secondary">
              {t('signIn.or')}
            </Typography>
          </Divider>
          <PasswordForm autoFocus={false} secondary />
        </>
      ) : (
        <>
          <Button
            variant="text"
            size="small"
            color="inherit"
            aria-expanded={breakGlass}
            aria-controls={breakGlassId}
            onClick={() => setBreakGlass((open) => !open)}
            sx={{ alignSelf: 'center', color: 'text.secondary' }}
          >
            {t('signIn.breakGlass')}
          </Button>
          <Collapse in={breakGlass} id={breakGlassId} unmountOnExit>
            <Stack spacing={2}>
              <Typography variant="body2" color="text.secondary">
                {t('signIn.breakGlassHint')}
              </Typography>
              <PasswordForm autoFocus />
            </Stack>
          </Collapse>
        </>
      )}
    </Stack>
  );
}
