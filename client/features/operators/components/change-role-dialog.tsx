import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorSummary } from '../../../../contract/operators';
import type { OperatorRole } from '../../../../contract/session';
import { ErrorAlert } from '../../../components/error-alert';
import { useUpdateOperator } from '../api/update-operator';
import { RoleField } from './role-field';
import { SsoGrantNote } from './sso-grant-note';

interface Props {
  operator: OperatorSummary;
  onClose: () => void;
}

export function ChangeRoleDialog({ operator, onClose }: Props) {
  const { t } = useTranslation('operators');
  const update = useUpdateOperator();
  const [role, setRole] = useState<OperatorRole>(operator.role);
  const titleId = useId();
  const { username } = operator;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (role === operator.role) return onClose();
    update.mutate({ username, changes: { role } }, { onSuccess: onClose });
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('role.title', { username })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            {operator.sso && <SsoGrantNote username={username} what="role" />}
            {update.isError && <ErrorAlert context={t('role.failed', { username })} error={update.error} />}
            <RoleField value={role} onChange={setRole} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="submit" variant="contained" loading={update.isPending}>
            {t('save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
