import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { MONO_FONTS } from '../../../lib/fonts';
import type { ParsedUserIds } from '../parse-user-ids';

interface Props {
  value: string;
  parsed: ParsedUserIds;
  error: string | null;
  onChange: (text: string) => void;
}

export function UserIdsField({ value, parsed, error, onChange }: Props) {
  const { t } = useTranslation('lookup');
  const hint = error ?? t('form.userIdsHint');
  const count = t('form.userIdCount', { count: parsed.ids.length });
  const duplicates = parsed.duplicates > 0 ? ` · ${t('form.repeated', { count: parsed.duplicates })}` : '';
  return (
    <TextField
      label={t('form.userIds')}
      multiline
      minRows={7}
      maxRows={10}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error !== null}
      placeholder={'9223372036854775807\n9007199254740993'}
      helperText={
        <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
          <span>{hint}</span>
          <Box component="span" aria-live="polite" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
            {count}
            {duplicates}
          </Box>
        </Box>
      }
      slotProps={{
        htmlInput: { spellCheck: false, autoComplete: 'off' },
        input: { sx: { fontFamily: MONO_FONTS, fontSize: '0.875rem' } },
      }}
    />
  );
}
