import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { extEntries } from '../participant-labels';
import { EmptyValue } from './muted-until-cell';

/** Chips wrap instead of truncating, so long keys and values stay readable in full (rows grow to fit). */
export function ExtCell({ ext }: { ext: Record<string, string> | null }) {
  const entries = ext ? extEntries(ext) : [];
  if (entries.length === 0) return <EmptyValue />;
  return (
    // Ext keys and values are the app's own data, never to be translated.
    <Box translate="no" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, py: 0.75 }}>
      {entries.map(([key, value]) => (
        <Chip
          key={key}
          size="small"
          variant="outlined"
          label={`${key}=${value}`}
          sx={{
            height: 'auto',
            maxWidth: '100%',
            '& .MuiChip-label': { whiteSpace: 'normal', wordBreak: 'break-word', py: 0.25 },
          }}
        />
      ))}
    </Box>
  );
}
