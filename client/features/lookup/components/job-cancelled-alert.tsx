import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { CancelledAt } from '../job/use-lookup-job';

interface Props {
  at: CancelledAt;
  /** "Retry N not checked" for the IDs the job never reached; absent when another alert offers it. */
  retryCount?: number;
  onRetry?: () => void;
}

/** Rows already received stay after Cancel; this says plainly that they are only part of the answer. */
export function JobCancelledAlert({ at, retryCount = 0, onRetry }: Props) {
  const { t } = useTranslation('lookup');
  const text =
    at.callsTotal !== null
      ? t('cancelled.afterCalls', { done: at.callsDone, total: at.callsTotal })
      : t('cancelled.afterSomeCalls', { count: at.callsDone });
  return (
    <Alert
      severity="warning"
      variant="outlined"
      sx={{ bgcolor: 'background.paper', alignItems: 'center' }}
      icon={<Chip size="small" color="warning" label={t('cancelled.chip')} />}
      action={
        onRetry && retryCount > 0 ? (
          <Button color="inherit" size="small" variant="outlined" onClick={onRetry} sx={{ whiteSpace: 'nowrap' }}>
            {t('unanswered.retry', { count: retryCount })}
          </Button>
        ) : undefined
      }
    >
      {text}
    </Alert>
  );
}
