import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDate, formatIso, formatTime } from '../format-time';
import { EmptyValue } from './muted-until-cell';

/** Date over time keeps the column narrow enough for all nine columns to fit a laptop screen. */
export function DateTimeCell({ seconds }: { seconds: number | null }) {
  if (!seconds) return <EmptyValue />;
  return (
    <Box sx={{ lineHeight: 1.35 }} title={formatIso(seconds)}>
      <Typography variant="body2">{formatDate(seconds)}</Typography>
      <Typography variant="caption" color="text.secondary">
        {formatTime(seconds)}
      </Typography>
    </Box>
  );
}
