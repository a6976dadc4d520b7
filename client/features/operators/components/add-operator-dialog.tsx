import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../../contract/operators';
import type { OperatorRole } from '../../../../contract/session';
import { ErrorAlert } from '../../../components/error-alert';
import { useErrorText } from '../../../lib/i18n/error-text';
import { useCreateOperator } from '../api/create-operator';
import { checkOperatorForm, type OperatorFormProblems } from '../operator-form';
import { AppsField } from './apps-field';
import { RoleField } from './role-field';
import { ShownOncePassword } from './shown-once-password';

interface Props {
  apps: { id: string; label: string }[];
  onClose: () => void;
}

/** Mounted while open: closing unmounts it, which drops the form and any password the server made. */
export function AddOperatorDialog({ apps, onClose }: Props) {
  const { t } = useTranslation('operators');
  const create = useCreateOperator();
  const titleId = useId();
  const created = create.data;

  return (
    <Dialog
      open
      // A stray click beside the dialog must not lose a password that is shown only once.
      onClose={(_event, reason) => (created?.generatedPassword && reason === 'backdropClick' ? undefined : onClose())}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      {created?.generatedPassword ? (
        <>
          <DialogTitle id={titleId}>{t('revealed.created', { username: created.username })}</DialogTitle>
          <DialogContent>
            <ShownOncePassword username={created.username} password={created.generatedPassword} />
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={onClose}>
              {t('done')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <AddOperatorForm
          titleId={titleId}
          apps={apps}
          mutation={create}
          onCancel={onClose}
          onCreated={(generated) => {
            // A chosen password was typed by the admin; there is nothing to show, so the dialog is done.
            if (!generated) onClose();
          }}
        />
      )}
    </Dialog>
  );
}

interface FormProps {
  titleId: string;
  apps: { id: string; label: string }[];
  mutation: ReturnType<typeof useCreateOperator>;
  onCancel: () => void;
  onCreated: (generated: boolean) => void;
}

function AddOperatorForm({ titleId, apps, mutation, onCancel, onCreated }: FormProps) {
  const { t } = useTranslation('operators');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<OperatorRole>('viewer');
  const [grants, setGrants] = useState<string[]>([]);
  const [generate, setGenerate] = useState(true);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<OperatorFormProblems>({});
  const passwordChoiceId = useId();
  const serverError = useErrorText(mutation.error);
  const serverFieldMessage = (field: string) =>
    mutation.isError && serverError.field === field ? (serverError.message ?? serverError.title) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = generate ? null : password;
    const found = checkOperatorForm({ username, password: chosen });
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    mutation.mutate(
      { username: username.trim(), role, apps: grants, ...(chosen === null ? {} : { password: chosen }) },
      { onSuccess: (result) => onCreated(Boolean(result.generatedPassword)) },
    );
  };

  const usernameError = (problems.username && t(problems.username)) || serverFieldMessage('username');
  const passwordError =
    (problems.password && t(problems.password, { min: MIN_PASSWORD_LENGTH })) || serverFieldMessage('password');

  return (
    <Box component="form" noValidate onSubmit={submit}>
      <DialogTitle id={titleId}>{t('addTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {mutation.isError && <ErrorAlert context={t('addFailed')} error={mutation.error} />}
          <TextField
            label={t('form.username')}
            value={username}
            onChange={(event) => {
              setUsername(event.target.value);
              setProblems(({ username: _fixed, ...rest }) => rest);
              // The server's refusal was about the name as it was; don't pin it on a new one.
              if (mutation.isError) mutation.reset();
            }}
            required
            autoFocus
            error={Boolean(usernameError)}
            helperText={usernameError || t('form.usernameHelp')}
            slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false, translate: 'no', maxLength: 64 } }}
          />
          <RoleField value={role} onChange={setRole} />
          <AppsField value={grants} onChange={setGrants} apps={apps} error={serverFieldMessage('apps')} />
          <FormControl>
            <FormLabel id={passwordChoiceId}>{t('form.passwordChoice')}</FormLabel>
            <RadioGroup
              aria-labelledby={passwordChoiceId}
              value={generate ? 'generate' : 'choose'}
              onChange={(event) => setGenerate(event.target.value === 'generate')}
            >
              <FormControlLabel value="generate" control={<Radio size="small" />} label={t('form.generate')} />
              <FormControlLabel value="choose" control={<Radio size="small" />} label={t('form.choose')} />
            </RadioGroup>
            {generate && <FormHelperText sx={{ mx: 0 }}>{t('form.generateHelp')}</FormHelperText>}
          </FormControl>
          {!generate && (
            <TextField
              label={t('form.password')}
              type="password"
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
                setProblems(({ password: _fixed, ...rest }) => rest);
              }}
              required
              error={Boolean(passwordError)}
              helperText={passwordError || t('form.passwordHelp', { min: MIN_PASSWORD_LENGTH })}
              slotProps={{ htmlInput: { autoComplete: 'new-password' } }}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('cancel')}</Button>
        <Button type="submit" variant="contained" loading={mutation.isPending}>
          {t('add')}
        </Button>
      </DialogActions>
    </Box>
  );
}
