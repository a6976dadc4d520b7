import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useSignIn } from '../api/sign-in';

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
      <Stack spacing={2.5}>
        {signIn.isError && <ErrorAlert error={signIn.error} />}
        <TextField
          label={t('signIn.username')}
          name="username"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          required
          autoFocus={autoFocus}
          error={usernameMissing}
          helperText={usernameMissing ? t('signIn.usernameMissing') : undefined}
          slotProps={{ htmlInput: { autoComplete: 'username', autoCapitalize: 'none', spellCheck: false } }}
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
          error={passwordMissing}
          helperText={passwordMissing ? t('signIn.passwordMissing') : undefined}
          slotProps={{ htmlInput: { autoComplete: 'current-password' } }}
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
      </Stack>
    </Box>
  );
}
