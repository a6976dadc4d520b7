import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useSignIn } from '../api/sign-in';
import { SignInField } from './sign-in-field';

/** Username and password; focused and in the primary style only when it is the page's main way in. */
export function PasswordForm({ autoFocus, secondary = false }: { autoFocus: boolean; secondary?: boolean }) {
  const { t } = useTranslation('auth');
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const usernameMissing = submitted && username.trim() === '';
  const passwordMissing = submitted && password === '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (username.trim() === '' || password === '' || signIn.isPending) return;
    signIn.mutate({ username: username.trim(), password });
  };

  return (
    <Box component="form" noValidate onSubmit={onSubmit}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}>
        {signIn.isError && <ErrorAlert error={signIn.error} />}
        {/* Not TextField: it pulls Select, Menu and Popover into the sign-in page's first paint. */}
        <SignInField
          label={t('signIn.username')}
          name="username"
          value={username}
          onChange={setUsername}
          required
          autoFocus={autoFocus}
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
        <Button
          type="submit"
          variant={secondary ? 'outlined' : 'contained'}
          size="large"
          fullWidth
          loading={signIn.isPending}
        >
          {t('signIn.submit')}
        </Button>
      </Box>
    </Box>
  );
}
