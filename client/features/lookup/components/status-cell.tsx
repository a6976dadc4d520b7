import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../build-rows';
import { statusKey } from '../participant-labels';
import { EmptyValue } from './muted-until-cell';

export function StatusCell({ row }: { row: ParticipantRow }) {
  const { t } = useTranslation('lookup');
  if (row.kind === 'not-member') return <Chip size="small" label={t('status.notMember')} />;
  if (row.kind === 'not-checked') {
    return (
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={t('status.notChecked', { code: row.error.code })}
        title={row.error.code === 'NoAnswer' ? t('noAnswer') : row.error.message}
        sx={{ height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', wordBreak: 'break-word' } }}
      />
    );
  }
  const { status } = row.participant;
  if (status === null) return <EmptyValue />;
  const key = statusKey(status);
  if (key === 'active') return <Chip size="small" color="success" variant="outlined" label={t('status.active')} />;
  if (key === 'left')
    return <Chip size="small" label={t('status.left')} variant="outlined" sx={{ color: 'text.secondary' }} />;
  return (
    <Typography variant="body2" title={t('status.unknown')}>
      {status}
    </Typography>
  );
}
