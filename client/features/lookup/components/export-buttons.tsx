import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../build-rows';
import { exportFileName } from '../export/export-file-name';
import { saveFile } from '../export/save-file';
import { ExportExcelButton } from '../member-details/export-excel-button';
import { DownloadIcon } from './id-file-icons';

interface Props {
  /** Every row of the result, whatever the grid shows. */
  rows: readonly ParticipantRow[];
  appId: string;
  conversationId: string;
}

/** The result's downloads. Each format is one button here; the writer is loaded on first use. */
export function ExportButtons({ rows, appId, conversationId }: Props) {
  const { t } = useTranslation('lookup');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const exportCsv = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const { participantsCsv } = await import('../export/participants-csv');
      // The BOM makes spreadsheet apps read the file as UTF-8 (Chinese and Arabic nicknames), as the grid's did.
      const blob = new Blob(['\uFEFF', participantsCsv(rows, t)], { type: 'text/csv;charset=utf-8' });
      saveFile(exportFileName(appId, conversationId, new Date(), 'csv'), blob);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {failed && (
        <Alert severity="error" sx={{ py: 0 }}>
          {t('export.failed')}
        </Alert>
      )}
      <Button
        size="small"
        variant="outlined"
        startIcon={<DownloadIcon fontSize="small" />}
        onClick={exportCsv}
        disabled={rows.length === 0}
        loading={busy}
        title={t('export.csvTitle', { count: rows.length })}
      >
        {t('export.csv')}
      </Button>
      <ExportExcelButton rows={rows} fileName={() => exportFileName(appId, conversationId, new Date(), 'xlsx')} />
    </Stack>
  );
}
