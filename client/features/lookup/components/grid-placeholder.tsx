import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';

/** Holds the grid's place while its chunk loads. */
export function GridPlaceholder() {
  return (
    <Paper sx={{ p: 2 }}>
      <Skeleton variant="rounded" height={40} sx={{ mb: 1 }} />
      <Skeleton variant="rounded" height={240} />
    </Paper>
  );
}
