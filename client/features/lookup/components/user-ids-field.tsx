import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MONO_FONTS } from '../../../lib/fonts';
import type { IdFileControl } from '../id-file/use-id-file';
import type { ParsedUserIds } from '../parse-user-ids';
import { IdDropZone } from './id-drop-zone';
import { IdFilePanel } from './id-file-panel';
import { LoadIdsButton } from './load-ids-button';

interface Props {
  value: string;
  parsed: ParsedUserIds;
  error: string | null;
  onChange: (text: string) => void;
  /** IDs from a file (or a very large paste): when loaded, they replace the text. */
  idFile: IdFileControl;
}

// About 5,000 IDs. A paste this large goes to the file reader (off the main thread) and shows as a summary, so the
// textarea never holds tens of thousands of lines.
const LARGE_PASTE_CHARS = 100_000;

export function UserIdsField({ value, parsed, error, onChange, idFile }: Props) {
  const { t } = useTranslation('lookup');
  const { state } = idFile;
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (text.length < LARGE_PASTE_CHARS) return;
    event.preventDefault();
    idFile.load(new File([text], 'pasted.txt', { type: 'text/plain' }), { pasted: true });
  };
  return (
    // minWidth 0: a long file name or column sample must shrink within the form's grid, not widen the page.
    <Stack spacing={0.5} sx={{ minWidth: 0 }}>
      <IdDropZone onFile={(file) => idFile.load(file)}>
        {state ? (
          <IdFilePanel control={{ ...idFile, state }} error={error} />
        ) : (
          <IdsText {...{ value, parsed, error, onChange, onPaste }} />
        )}
      </IdDropZone>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <LoadIdsButton onFile={(file) => idFile.load(file)} disabled={state?.status === 'reading'} />
        <Typography variant="caption" sx={{ color: 'text.secondary', display: { xs: 'none', sm: 'block' } }}>
          {t('idFile.dropHint')}
        </Typography>
      </Stack>
    </Stack>
  );
}

interface TextProps extends Omit<Props, 'idFile'> {
  onPaste: (event: ClipboardEvent<HTMLDivElement>) => void;
}

function IdsText({ value, parsed, error, onChange, onPaste }: TextProps) {
  const { t } = useTranslation('lookup');
  const hint = error ?? t('form.userIdsHint');
  const count = t('form.userIdCount', { count: parsed.ids.length });
  const duplicates = parsed.duplicates > 0 ? ` · ${t('form.repeated', { count: parsed.duplicates })}` : '';
  return (
    <TextField
      label={t('form.userIds')}
      multiline
      fullWidth
      minRows={7}
      maxRows={10}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onPaste={onPaste}
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
