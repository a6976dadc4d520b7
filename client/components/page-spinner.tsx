import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';

/** A centred spinner for whole-page waits: checking the session, loading a page's code. */
export function PageSpinner({ label }: { label: string }) {
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '40vh', py: 8 }}>
      <CircularProgress aria-label={label} />
    </Box>
  );
}
