import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import SvgIcon from '@mui/material/SvgIcon';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../build-rows';
import { downloadMemberSheet } from './download-member-sheet';

// Material "download".
const DOWNLOAD_PATH = 'M5 20h14v-2H5v2zM19 9h-4V3H9v6H5l7 7 7-7z';

interface Props {
  rows: readonly ParticipantRow[];
  /** Called on click, so the name carries the time of the export. */
  fileName: () => string;
}

/** The .xlsx export: IDs as text cells, so Excel shows every digit (the CSV is exact, but Excel reformats it). */
export function ExportExcelButton({ rows, fileName }: Props) {
  const { t } = useTranslation('lookup');
  const [state, setState] = useState<'idle' | 'writing' | 'failed'>('idle');
  const exportSheet = async () => {
    setState('writing');
    try {
      await downloadMemberSheet(rows, t, fileName());
      setState('idle');
    } catch {
      // Most likely the writer's chunk failed to load (a deploy or a dropped connection); a retry usually works.
      setState('failed');
    }
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {state === 'failed' && (
        <Typography role="alert" variant="body2" color="error">
          {t('export.excelFailed')}
        </Typography>
      )}
      <Button
        size="small"
        variant="outlined"
        onClick={exportSheet}
        disabled={rows.length === 0 || state === 'writing'}
        startIcon={
          state === 'writing' ? (
            <CircularProgress size={16} aria-label={t('export.excelWriting')} />
          ) : (
            <SvgIcon>
              <path d={DOWNLOAD_PATH} />
            </SvgIcon>
          )
        }
      >
        {t('export.excel')}
      </Button>
    </Stack>
  );
}
