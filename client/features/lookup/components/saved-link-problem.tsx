import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { HttpError } from '../../../lib/api-client';

/**
 * A `/l/<id>` link that can't be opened. Expired or unknown links get words of their own; anything else (no access
 * to the app, the server down) is the server's own answer.
 */
export function SavedLinkProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('lookup');
  const action = (
    <Button component={RouterLink} to="/" color="inherit" size="small" variant="outlined" sx={{ mt: 1 }}>
      {t('link.newLookup')}
    </Button>
  );
  if (error instanceof HttpError && error.status === 404) {
    return (
      <Alert severity="warning" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
        <AlertTitle sx={{ fontWeight: 600 }}>{t('link.goneTitle')}</AlertTitle>
        {t('link.goneBody')}
        <div>{action}</div>
      </Alert>
    );
  }
  return (
    <ErrorAlert variant="outlined" context={t('link.openFailed')} error={error} onRetry={onRetry}>
      <div>{action}</div>
    </ErrorAlert>
  );
}
