import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { UnansweredBatch } from '../../../../contract/lookup';
import { MONO_FONTS } from '../../../lib/fonts';
import { countLabel } from '../validate-lookup-form';
import { RequestId } from './request-id';

const SHOWN_IDS = 12;

/** Explains why some rows say "Not checked": their batch failed upstream, so membership is unknown. */
export function UnansweredAlert({ batches }: { batches: UnansweredBatch[] }) {
  const total = batches.reduce((sum, batch) => sum + batch.userIds.length, 0);
  return (
    <Alert severity="warning" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
      <AlertTitle sx={{ fontWeight: 600 }}>{countLabel(total)} not checked</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Volcengine did not answer for {total === 1 ? 'this ID' : 'these IDs'}, so membership is unknown — not the same
        as “not a member”. Look them up again later.
      </Typography>
      {batches.map((batch, index) => (
        <Box key={batch.error.requestId ?? index} sx={{ typography: 'body2', mt: 0.5 }}>
          <strong>{batch.error.code}</strong>
          {batch.error.status > 0 && ` (HTTP ${batch.error.status})`}: {batch.error.message}
          <Box component="div" sx={{ fontFamily: MONO_FONTS, fontSize: '0.8125rem', overflowWrap: 'anywhere' }}>
            {batch.userIds.slice(0, SHOWN_IDS).join(', ')}
            {batch.userIds.length > SHOWN_IDS && ` and ${batch.userIds.length - SHOWN_IDS} more`}
          </Box>
          {batch.error.requestId && <RequestId id={batch.error.requestId} />}
        </Box>
      ))}
    </Alert>
  );
}
