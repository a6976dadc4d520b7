import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { SSO_ERRORS, type SsoErrorCode } from '../../../../contract/sign-in-options';

// Apart from the SSO button (sso-sign-in.tsx): the page shows these whether or not SSO is still configured, while the
// button's code loads only where it is.

/** `?error=` after a single sign-on that did not complete, when it is one the page knows. */
export function ssoErrorOf(search: string): SsoErrorCode | null {
  const code = new URLSearchParams(search).get('error');
  return SSO_ERRORS.find((known) => known === code) ?? null;
}

export function SsoErrorAlert({ code }: { code: SsoErrorCode }) {
  const { t } = useTranslation('auth');
  return (
    <Alert severity={code === 'sso_unavailable' || code === 'too_many_attempts' ? 'warning' : 'error'}>
      <AlertTitle>{t(`sso.${code}.title`)}</AlertTitle>
      {t(`sso.${code}.body`)}
    </Alert>
  );
}
