import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ParticipantRow } from '../build-rows';
import { statusLabel } from '../participant-labels';
import { EmptyValue } from './muted-until-cell';

export function StatusCell({ row }: { row: ParticipantRow }) {
  if (row.kind === 'not-member') return <Chip size="small" label="Not a member" />;
  if (row.kind === 'not-checked') {
    return (
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={`Not checked: ${row.error.code}`}
        title={row.error.message}
        sx={{ height: 'auto', maxWidth: '100%', '& .MuiChip-label': { whiteSpace: 'normal', wordBreak: 'break-word' } }}
      />
    );
  }
  const { status } = row.participant;
  if (status === null) return <EmptyValue />;
  const label = statusLabel(status);
  if (label === 'Active') return <Chip size="small" color="success" variant="outlined" label="Active" />;
  if (label === 'Left') return <Chip size="small" label="Left" variant="outlined" sx={{ color: 'text.secondary' }} />;
  return (
    <Typography variant="body2" title="Status code this console does not know">
      {label}
    </Typography>
  );
}
