import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { MONO_FONTS } from '../../../lib/fonts';
import type { ParsedUserIds } from '../parse-user-ids';
import { countLabel } from '../validate-lookup-form';

interface Props {
  value: string;
  parsed: ParsedUserIds;
  error: string | null;
  onChange: (text: string) => void;
}

export function UserIdsField({ value, parsed, error, onChange }: Props) {
  const hint = error ?? 'Separate IDs with commas, spaces, tabs or new lines — paste a spreadsheet column as is';
  const duplicates = parsed.duplicates > 0 ? ` · ${parsed.duplicates} repeated` : '';
  return (
    <TextField
      label="User IDs"
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
            {countLabel(parsed.ids.length)}
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
