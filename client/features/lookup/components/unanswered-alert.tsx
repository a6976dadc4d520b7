import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnansweredBatch } from '../../../../contract/lookup';
import { RequestId } from '../../../components/request-id';
import { MONO_FONTS } from '../../../lib/fonts';

const SHOWN_IDS = 12;
// Past this many failed batches the list is collapsed behind a toggle, so the grid stays in view.
const SHOWN_BATCHES = 3;

interface Props {
  batches: UnansweredBatch[];
  /** "Retry N not checked": runs only these IDs again. Absent while a job runs. */
  onRetry?: () => void;
  retryCount?: number;
}

/** Explains why some rows say "Not checked": their batch failed upstream, so membership is unknown. */
export function UnansweredAlert({ batches, onRetry, retryCount }: Props) {
  const { t } = useTranslation(['lookup', 'errors']);
  const [expanded, setExpanded] = useState(false);
  const total = batches.reduce((sum, batch) => sum + batch.userIds.length, 0);
  const shown = expanded ? batches : batches.slice(0, SHOWN_BATCHES);
  const hidden = batches.length - shown.length;
  return (
    <Alert
      severity="warning"
      variant="outlined"
      // The content takes the full width: on a phone a side action would squeeze the ID lists into a sliver.
      sx={{ bgcolor: 'background.paper', '& .MuiAlert-message': { flexGrow: 1, minWidth: 0 } }}
    >
      <AlertTitle sx={{ fontWeight: 600 }}>{t('unanswered.title', { count: total })}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('unanswered.body', { count: total })}
      </Typography>
      {onRetry && retryCount ? (
        <Button color="inherit" size="small" variant="outlined" onClick={onRetry} sx={{ mb: 1 }}>
          {t('unanswered.retry', { count: retryCount })}
        </Button>
      ) : null}
      {shown.map((batch, index) => (
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
      {(hidden > 0 || expanded) && batches.length > SHOWN_BATCHES && (
        <Button
          size="small"
          color="inherit"
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
          sx={{ mt: 1 }}
        >
          {expanded ? t('unanswered.showFewer') : t('unanswered.showAll', { count: batches.length })}
        </Button>
      )}
    </Alert>
  );
}
