import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { normalizeId } from '../../../../contract/int64';
import type { ConsoleConfig, LookupRequest } from '../../../../contract/lookup';
import { type LookupFormValues, validateLookupForm } from '../validate-lookup-form';
import { AppSelect } from './app-select';
import { KeyboardHint } from './keyboard-hint';
import { preloadParticipantsGrid } from './participants-grid-lazy';
import { UserIdsField } from './user-ids-field';

/** A server-side validation error, shown on the field it names while that field still holds the rejected value. */
export interface RejectedField {
  field: string;
  message: string;
  request: LookupRequest;
}

interface Props {
  config: ConsoleConfig;
  pending: boolean;
  rejected: RejectedField | null;
  onSubmit: (request: LookupRequest) => void;
}

// A moderator who starts typing will soon need the grid; fetch its chunk while they type.
const preloadGrid = () => {
  void preloadParticipantsGrid();
};

export function LookupForm({ config, pending, rejected, onSubmit }: Props) {
  const [values, setValues] = useState<LookupFormValues>(() => ({
    appId: config.example?.appId ?? config.apps[0]?.id ?? '',
    conversationId: '',
    userIdsText: '',
  }));
  const state = validateLookupForm(values, config.maxUserIds);
  const set = (patch: Partial<LookupFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const serverError = (field: keyof LookupRequest, current: string) =>
    rejected && rejected.field.split(/[.[]/)[0] === field && String(rejected.request[field]) === current
      ? rejected.message
      : null;
  const conversationIdError =
    state.conversationIdError ??
    serverError('conversationId', normalizeId(values.conversationId) ?? values.conversationId);
  const userIdsError = state.userIdsError ?? serverError('userIds', String(state.userIds.ids));
  const appError = serverError('appId', values.appId);

  const submit = () => {
    if (state.request && !pending) onSubmit(state.request);
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  // Ctrl/Cmd+Enter sends from anywhere in the form, including the multi-line field where Enter adds a line.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  const runExample = () => {
    const example = config.example;
    if (!example) return;
    setValues({
      appId: example.appId,
      conversationId: example.conversationId,
      userIdsText: example.userIds.join('\n'),
    });
    onSubmit(example);
  };

  return (
    <Card component="section" aria-labelledby="lookup-form-title" onFocus={preloadGrid}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography id="lookup-form-title" variant="h6" component="h2" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          Look up conversation members
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>
          Check which users belong to a conversation and see their role, status and mute.
        </Typography>
        <Box component="form" noValidate onSubmit={onFormSubmit} onKeyDown={onKeyDown}>
          <Stack spacing={1}>
            {/* IDs are short, so the wide User IDs box sits beside the single-line fields on larger screens. */}
            <Box
              sx={{
                display: 'grid',
                gap: 2,
                gridTemplateColumns: { xs: '1fr', md: 'minmax(280px, 380px) 1fr' },
                alignItems: 'start',
              }}
            >
              <Stack spacing={1}>
                {config.apps.length > 1 && (
                  <AppSelect
                    apps={config.apps}
                    value={values.appId}
                    error={appError}
                    onChange={(appId) => set({ appId })}
                  />
                )}
                <TextField
                  label="Conversation ID"
                  value={values.conversationId}
                  onChange={(event) => set({ conversationId: event.target.value })}
                  error={conversationIdError !== null}
                  helperText={conversationIdError ?? 'A decimal ID from 1 to 9223372036854775807'}
                  slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', spellCheck: false } }}
                />
              </Stack>
              <UserIdsField
                value={values.userIdsText}
                parsed={state.userIds}
                error={userIdsError}
                onChange={(userIdsText) => set({ userIdsText })}
              />
            </Box>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', pt: 1 }}>
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={state.request === null}
                loading={pending}
                loadingPosition="start"
                aria-busy={pending}
              >
                Look up
              </Button>
              {config.demo && config.example && (
                <Button variant="outlined" size="large" onClick={runExample} disabled={pending}>
                  Try an example
                </Button>
              )}
              <Box sx={{ flexGrow: 1 }} />
              <KeyboardHint />
            </Stack>
          </Stack>
        </Box>
      </CardContent>
    </Card>
  );
}
