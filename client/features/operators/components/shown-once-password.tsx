import Alert from '@mui/material/Alert';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button';
import { MONO_FONTS } from '../../../lib/fonts';

interface Props {
  username: string;
  password: string;
}

/**
 * A password the server made, shown this once. It lives only in the open dialog's mutation result, which is dropped
 * when the dialog closes; nothing logs or caches it.
 */
export function ShownOncePassword({ username, password }: Props) {
  const { t } = useTranslation('operators');
  return (
    <Stack spacing={2}>
      <Alert severity="warning">{t('revealed.once', { username })}</Alert>
      <TextField
        label={t('revealed.label', { username })}
        value={password}
        fullWidth
        autoFocus
        onFocus={(event) => event.target.select()}
        slotProps={{
          htmlInput: {
            readOnly: true,
            translate: 'no',
            spellCheck: false,
            autoComplete: 'off',
            style: { fontFamily: MONO_FONTS, letterSpacing: '0.02em' },
          },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <CopyButton text={password} label={t('revealed.copy')} />
              </InputAdornment>
            ),
          },
        }}
      />
    </Stack>
  );
}
