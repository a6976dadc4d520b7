import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSummary } from '../../../../contract/operators';
import { ErrorAlert } from '../../../components/error-alert';
import { useUpdateOperator } from '../api/update-operator';
import { ShownOncePassword } from './shown-once-password';

interface Props {
  operator: OperatorSummary;
  onClose: () => void;
}

/** Asks first, then shows the new password once. Closing unmounts it, and the password goes with it. */
export function ResetPasswordDialog({ operator, onClose }: Props) {
  const { t } = useTranslation('operators');
  const reset = useUpdateOperator();
  const titleId = useId();
  const { username } = operator;
  const password = reset.data?.generatedPassword;

  return (
    <Dialog
      open
      // A stray click beside the dialog must not lose a password that is shown only once.
      onClose={(_event, reason) => (password && reason === 'backdropClick' ? undefined : onClose())}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      {password ? (
        <>
          <DialogTitle id={titleId}>{t('revealed.reset', { username })}</DialogTitle>
          <DialogContent>
            <ShownOncePassword username={username} password={password} />
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={onClose}>
              {t('done')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
          <DialogTitle id={titleId}>{t('reset.title', { username })}</DialogTitle>
          <DialogContent>
            <Stack spacing={2}>
              {reset.isError && <ErrorAlert context={t('reset.failed', { username })} error={reset.error} />}
              <DialogContentText>{t('reset.body', { username })}</DialogContentText>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} autoFocus>
              {t('cancel')}
            </Button>
            <Button
              variant="contained"
              loading={reset.isPending}
              onClick={() => reset.mutate({ username, changes: { resetPassword: true } })}
            >
              {t('reset.confirm')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
