import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { MONO_FONTS } from '../lib/fonts';
import { useErrorText } from '../lib/i18n/error-text';

// Only upstream failures carry a RequestId; its copy button's tooltip stays out of the sign-in page's bundle.
const RequestId = lazy(() => import('./request-id').then((m) => ({ default: m.RequestId })));

interface ErrorAlertProps {
  error: unknown;
  /** What did not happen, e.g. "Could not load the operators." — said before the error's own explanation. */
  context?: string;
  /** Repeats the failed action; the button shows only when repeating may help (not for a 400 or 403). */
  onRetry?: () => void;
  variant?: 'standard' | 'outlined';
  /** Said last, e.g. what still holds and where to go instead. */
  children?: ReactNode;
}

/**
 * The one way the console reports a failure: a plain-language title, what it means and what to do, then the raw
 * codes and RequestId in small type for support, and the server's own words under "Technical details".
 */
export function ErrorAlert({ error, context, onRetry, variant = 'standard', children }: ErrorAlertProps) {
  const { t } = useTranslation('errors');
  const text = useErrorText(error);
  const technical = [
    text.serverMessage && t('alert.serverMessage', { message: text.serverMessage }),
    text.upstreamMessage && t('alert.upstreamMessage', { message: text.upstreamMessage }),
  ].filter((line): line is string => Boolean(line));
  return (
    <Alert
      severity="error"
      variant={variant}
      sx={variant === 'outlined' ? { bgcolor: 'background.paper' } : undefined}
      action={
        onRetry && text.retryable ? (
          <Button color="inherit" size="small" variant="outlined" onClick={onRetry}>
            {t('alert.retry')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle sx={{ fontWeight: 600 }}>{text.title}</AlertTitle>
      {context && <Typography variant="body2">{context}</Typography>}
      {text.message && <Typography variant="body2">{text.message}</Typography>}
      {text.advice && (
        <Typography variant="body2" sx={{ mt: 0.5, fontWeight: 500 }}>
          {text.advice}
        </Typography>
      )}
      {children}
      <Box
        sx={{
          mt: 1,
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          columnGap: 2,
          color: 'text.secondary',
          typography: 'caption',
        }}
      >
        {text.codes.length > 0 && (
          <Box component="span" translate="no" sx={{ fontFamily: MONO_FONTS, fontSize: '0.75rem' }}>
            {text.codes.join(' · ')}
          </Box>
        )}
        {text.requestId && (
          <Suspense fallback={<span translate="no">{text.requestId}</span>}>
            <RequestId id={text.requestId} />
          </Suspense>
        )}
      </Box>
      {technical.length > 0 && (
        <Box component="details" sx={{ mt: 0.5, typography: 'caption', color: 'text.secondary' }}>
          <Box component="summary" sx={{ cursor: 'pointer', width: 'fit-content' }}>
            {t('alert.details')}
          </Box>
          {technical.map((line) => (
            <Box key={line} translate="no" sx={{ overflowWrap: 'anywhere', mt: 0.25 }}>
              {line}
            </Box>
          ))}
        </Box>
      )}
    </Alert>
  );
}
