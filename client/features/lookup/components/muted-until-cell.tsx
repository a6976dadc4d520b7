import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDate, formatDateTime, formatRelative, formatTime, muteState } from '../format-time';
import { useNow } from './now-context';

export function MutedUntilCell({ mutedUntil }: { mutedUntil: number | null }) {
  const now = useNow();
  const state = muteState(mutedUntil, now);
  if (state.kind === 'none') return <EmptyValue />;
  if (state.kind === 'expired') {
    return (
      <Typography variant="body2" color="text.secondary" title={`Mute ended ${formatDateTime(state.until)}`}>
        Expired · {formatRelative(state.until, now)}
      </Typography>
    );
  }
  return (
    <Box sx={{ lineHeight: 1.35 }} title={`Muted until ${formatDateTime(state.until)}`}>
      <Typography variant="body2" sx={{ color: 'warning.main', fontWeight: 600 }}>
        {formatDate(state.until)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {formatTime(state.until)} · {formatRelative(state.until, now)}
      </Typography>
    </Box>
  );
}

/** Shown wherever a value is absent, so an empty cell never looks like a rendering bug. */
export function EmptyValue() {
  return (
    <Typography component="span" variant="body2" color="text.disabled">
      —
    </Typography>
  );
}
