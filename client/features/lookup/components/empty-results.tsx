import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

export function EmptyResults() {
  return (
    <Paper
      component="section"
      aria-label="Lookup results"
      sx={{ p: 4, textAlign: 'center', borderStyle: 'dashed', bgcolor: 'transparent' }}
    >
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        No lookup yet
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Enter a conversation ID and the user IDs to check; each ID becomes one row here.
      </Typography>
    </Paper>
  );
}
