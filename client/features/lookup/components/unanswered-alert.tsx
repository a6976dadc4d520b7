import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { UnansweredBatch } from '../../../../contract/lookup';
import { RequestId } from '../../../components/request-id';
import { MONO_FONTS } from '../../../lib/fonts';

const SHOWN_IDS = 12;

/** Explains why some rows say "Not checked": their batch failed upstream, so membership is unknown. */
export function UnansweredAlert({ batches }: { batches: UnansweredBatch[] }) {
  const { t } = useTranslation(['lookup', 'errors']);
  const total = batches.reduce((sum, batch) => sum + batch.userIds.length, 0);
  return (
    <Alert severity="warning" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
      <AlertTitle sx={{ fontWeight: 600 }}>{t('unanswered.title', { count: total })}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('unanswered.body', { count: total })}
      </Typography>
      {batches.map((batch, index) => (
        <Box key={batch.error.requestId ?? index} sx={{ typography: 'body2', mt: 0.5 }}>
          {/* Volcengine's code and message are its own words, quoted for support as they came. */}
          <Box component="span" translate="no">
            <strong>{batch.error.code}</strong>
            {batch.error.status > 0 && ` (HTTP ${batch.error.status})`}: {batch.error.message}
          </Box>
          <Box
            component="div"
            translate="no"
            sx={{ fontFamily: MONO_FONTS, fontSize: '0.8125rem', overflowWrap: 'anywhere' }}
          >
            {batch.userIds.slice(0, SHOWN_IDS).join(', ')}
          </Box>
          {batch.userIds.length > SHOWN_IDS && (
            <Typography variant="body2" component="div">
              {t('unanswered.moreIds', { count: batch.userIds.length - SHOWN_IDS })}
            </Typography>
          )}
          {batch.error.requestId && <RequestId id={batch.error.requestId} />}
        </Box>
      ))}
    </Alert>
  );
}
