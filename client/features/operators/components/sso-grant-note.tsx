import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';

/** In the role and apps dialogs of an SSO operator: the provider's claims will overwrite this change. */
export function SsoGrantNote({ username, what }: { username: string; what: 'role' | 'apps' }) {
  const { t } = useTranslation('operators');
  return (
    <Alert severity="info" variant="outlined">
      {what === 'role' ? t('sso.roleNote', { username }) : t('sso.appsNote', { username })}
    </Alert>
  );
}
