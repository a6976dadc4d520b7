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
import { ErrorAlert } from '../../../components/error-alert';
import { useErrorText } from '../../../lib/i18n/error-text';
import { useUpdateOperator } from '../api/update-operator';
import { sameApps } from '../operator-form';
import { AppsField } from './apps-field';
import { SsoGrantNote } from './sso-grant-note';

interface Props {
  operator: OperatorSummary;
  apps: { id: string; label: string }[];
  onClose: () => void;
}

export function ChangeAppsDialog({ operator, apps, onClose }: Props) {
  const { t } = useTranslation('operators');
  const update = useUpdateOperator();
  const [grants, setGrants] = useState<string[]>(operator.apps);
  const titleId = useId();
  const serverError = useErrorText(update.error);
  const { username } = operator;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sameApps(grants, operator.apps)) return onClose();
    update.mutate({ username, changes: { apps: grants } }, { onSuccess: onClose });
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('apps.title', { username })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {operator.sso && <SsoGrantNote username={username} what="apps" />}
            {update.isError && <ErrorAlert context={t('apps.failed', { username })} error={update.error} />}
            <AppsField
              value={grants}
              onChange={setGrants}
              apps={apps}
              error={update.isError && serverError.field?.startsWith('apps') ? serverError.message : null}
            />
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
