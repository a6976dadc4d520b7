import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { describeError } from '../lib/describe-error';

interface LoadErrorAlertProps {
  /** What went wrong, e.g. "Could not load operators"; the error's code follows in brackets. */
  heading: string;
  error: unknown;
  onRetry: () => void;
  /** Said after the error's message, e.g. what still holds and where to go instead. */
  children?: ReactNode;
}

/** The inline alert a page shows when a query it needs failed, with a way to try again. */
export function LoadErrorAlert({ heading, error, onRetry, children }: LoadErrorAlertProps) {
  const { title, message } = describeError(error);
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      <AlertTitle>
        {heading} ({title})
      </AlertTitle>
      {message}
      {children}
    </Alert>
  );
}
