import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LookupMode, LookupProgress } from '../../../../contract/lookup';
import { useFormat } from '../../../lib/i18n/use-format';

interface Props {
  mode: LookupMode;
  progress: LookupProgress | null;
  /** A browse: how many members the conversation says it has (or has online), for "N of M". */
  expectedMembers: number | null;
  onCancel: () => void;
}

/** A running job: calls done of calls total, the counts so far, the time left at the limiter's pace, and Cancel. */
export function JobProgress({ mode, progress, expectedMembers, onCancel }: Props) {
  const { t } = useTranslation('lookup');
  const format = useFormat();
  const done = progress?.callsDone ?? 0;
  const total = progress?.callsTotal ?? null;
  const browse = mode === 'browse';
  const listed = progress?.found ?? 0;
  const value = browse
    ? expectedMembers
      ? Math.min(100, (listed / expectedMembers) * 100)
      : null
    : total
      ? Math.min(100, (done / total) * 100)
      : null;
  const headline = browse
    ? expectedMembers !== null
      ? t('progress.listed', { done: listed, total: expectedMembers })
      : t('progress.listedSoFar', { count: listed })
    : total !== null
      ? t('progress.calls', { done, total })
      : t('progress.starting');
  const counts = browse
    ? null
    : [
        t('results.members', { count: progress?.found ?? 0 }),
        t('results.notMembers', { count: progress?.notMembers ?? 0 }),
        t('results.notChecked', { count: progress?.unchecked ?? 0 }),
      ].join(' · ');
  const eta =
    progress?.etaMs != null && progress.etaMs > 0 ? t('progress.eta', { time: format.duration(progress.etaMs) }) : null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle2" component="p" sx={{ fontVariantNumeric: 'tabular-nums' }}>
            {headline}
            {eta && (
              <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
                {' · '}
                {eta}
              </Box>
            )}
          </Typography>
          {counts && (
            <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {counts}
            </Typography>
          )}
        </Box>
        <Button variant="outlined" color="inherit" onClick={onCancel} sx={{ flexShrink: 0 }}>
          {t('progress.cancel')}
        </Button>
      </Stack>
      <LinearProgress
        aria-label={t('progress.label')}
        variant={value === null ? 'indeterminate' : 'determinate'}
        value={value ?? undefined}
        aria-valuetext={headline}
      />
    </Paper>
  );
}
