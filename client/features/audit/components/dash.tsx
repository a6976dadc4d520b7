import Typography from '@mui/material/Typography';

/** An empty cell, read out as "none" rather than "dash". */
export function Dash() {
  return (
    <Typography variant="body2" component="span" color="text.disabled" aria-label="none">
      —
    </Typography>
  );
}
