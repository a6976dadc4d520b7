import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdFile } from '../id-file/read-id-file';
import type { IdFileControl, IdFileState } from '../id-file/use-id-file';
import { columnName, IdColumnSelect } from './id-column-select';
import { FileIcon } from './id-file-icons';

interface Props {
  control: IdFileControl & { state: IdFileState };
  /** What the form says about the loaded IDs (e.g. too many), already in the operator's language. */
  error: string | null;
}

/** "5,000 IDs loaded from reporters.csv (12 duplicates removed, 3 invalid lines)". */
export function loadedText(file: IdFile, name: string, t: TFunction<'lookup'>): string {
  const loaded = t('idFile.loaded', { count: file.ids.ids.length, name });
  const details = [
    file.ids.duplicates > 0 && t('idFile.duplicatesRemoved', { count: file.ids.duplicates }),
    file.invalidLineCount > 0 && t('idFile.invalidLines', { count: file.invalidLineCount }),
  ].filter((part): part is string => typeof part === 'string');
  return details.length === 0
    ? loaded
    : `${loaded} ${t('idFile.details', { details: details.join(t('idFile.detailsSeparator')) })}`;
}

/**
 * Stands in for the text field once IDs come from a file: a compact summary instead of 50,000 lines in a textarea,
 * which would make every keystroke elsewhere in the form slow.
 */
export function IdFilePanel({ control, error }: Props) {
  const { t } = useTranslation('lookup');
  const labelId = useId();
  const { state } = control;
  const name = state.pasted ? t('idFile.pastedName') : state.name;
  const problem = state.status === 'error' ? state.problem : null;
  const file = state.status === 'ready' ? state.file : null;
  const noIds = file !== null && file.ids.ids.length === 0;
  const shownError =
    (problem && t(`idFile.${problem.key}`, { name, max: problem.key === 'tooBig' ? problem.max : undefined })) ??
    (noIds
      ? file.kind === 'table' && file.column !== null
        ? t('idFile.noIdsInColumn', { name, column: columnName(file.guess, file.column, t) })
        : t('idFile.noIds', { name })
      : error);
  return (
    <Box
      role="group"
      aria-labelledby={labelId}
      sx={{
        border: 1,
        borderColor: shownError ? 'error.main' : 'divider',
        borderRadius: 1,
        px: 2,
        py: 1.5,
        minHeight: { md: 196 },
      }}
    >
      <Typography id={labelId} variant="caption" component="p" color="text.secondary" sx={{ mb: 1 }}>
        {t('form.userIds')}
      </Typography>
      <Stack spacing={1.5} sx={{ alignItems: 'flex-start', '& > *': { maxWidth: '100%' } }}>
        {state.status === 'reading' ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status">
            <CircularProgress size={16} aria-hidden />
            <Typography variant="body2">{t('idFile.reading', { name })}</Typography>
          </Stack>
        ) : (
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, maxWidth: '100%' }}
          >
            {file && (
              <Chip
                icon={<FileIcon fontSize="small" />}
                label={t('idFile.chip', { count: file.ids.ids.length, name })}
                color={shownError ? 'error' : 'primary'}
                variant="outlined"
                sx={{ maxWidth: '100%', fontVariantNumeric: 'tabular-nums' }}
              />
            )}
            <Button size="small" onClick={control.clear} aria-label={t('idFile.clearLabel', { name })}>
              {t('idFile.clear')}
            </Button>
          </Stack>
        )}
        {file?.kind === 'table' && file.guess.columns.length > 1 && (
          <IdColumnSelect guess={file.guess} column={file.column} onChange={control.pickColumn} />
        )}
        {file?.kind === 'table' && file.guess.ambiguous && (
          <Alert severity="info" sx={{ py: 0 }}>
            {t('idFile.columnAmbiguous')}
          </Alert>
        )}
        {file && !noIds && (
          <Typography variant="body2" role="status" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {loadedText(file, name, t)}
          </Typography>
        )}
        {file && file.invalidLines.length > 0 && <InvalidLines file={file} />}
        {shownError && (
          <Typography variant="body2" color="error" role="alert">
            {shownError}
          </Typography>
        )}
      </Stack>
    </Box>
  );
}

function InvalidLines({ file }: { file: IdFile }) {
  const { t } = useTranslation('lookup');
  const more = file.invalidLineCount - file.invalidLines.length;
  return (
    <Box sx={{ typography: 'body2', color: 'warning.dark' }}>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {file.invalidLines.map(({ line, text }) => (
          <li key={line}>{t('idFile.invalidLine', { line, text })}</li>
        ))}
        {more > 0 && <li>{t('idFile.moreInvalidLines', { count: more })}</li>}
      </Box>
      {file.ids.ids.length > 0 && (
        <Typography variant="caption" component="p" sx={{ color: 'text.secondary' }}>
          {t('idFile.invalidSkipped')}
        </Typography>
      )}
    </Box>
  );
}
