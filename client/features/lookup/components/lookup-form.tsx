import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleConfig } from '../../../../contract/console-config';
import { normalizeId } from '../../../../contract/int64';
import type { LookupRequest } from '../../../../contract/lookup';
import { formMessageText } from '../form-message';
import { fileIds, useIdFile } from '../id-file/use-id-file';
import { loadFormDraft, saveFormDraft } from '../lookup-draft';
import { type FormMessage, type LookupFormValues, validateLookupForm } from '../validate-lookup-form';
import { AppSelect } from './app-select';
import { BrowseOptions } from './browse-options';
import { KeyboardHint } from './keyboard-hint';
import { preloadParticipantsGrid } from './participants-grid-lazy';
import { UserIdsField } from './user-ids-field';

type AddressValues = Pick<LookupFormValues, 'appId' | 'conversationId' | 'userIdsText'>;

/** A server-side validation error, shown on the field it names while that field still holds the rejected value. */
export interface RejectedField {
  field: string;
  /** Already in the operator's language. */
  message: string;
  request: LookupRequest;
}

interface Props {
  config: ConsoleConfig;
  pending: boolean;
  rejected: RejectedField | null;
  onSubmit: (request: LookupRequest) => void;
  /** What the address asks for (a link, reload, back/forward): it wins over the draft. */
  initial?: AddressValues;
}

// A moderator who starts typing will soon need the grid; fetch its chunk while they type.
const preloadGrid = () => {
  void preloadParticipantsGrid();
};

/** The address's lookup, else the draft typed before a trip through sign-in, else a blank form on the example's app. */
function initialValues(config: ConsoleConfig, initial: AddressValues | undefined): LookupFormValues {
  const granted = (appId: string | undefined) => config.apps.some((app) => app.id === appId);
  const exampleApp = config.example?.appId;
  const defaultApp = exampleApp && granted(exampleApp) ? exampleApp : (config.apps[0]?.id ?? '');
  const stored = loadFormDraft();
  const draft = initial ? { ...initial, reason: stored?.reason ?? '' } : stored;
  if (!draft) return { appId: defaultApp, conversationId: '', userIdsText: '', reason: '' };
  return { ...draft, appId: granted(draft.appId) ? draft.appId : defaultApp };
}

export function LookupForm({ config, pending, rejected, onSubmit, initial }: Props) {
  const { t } = useTranslation('lookup');
  const text = (message: FormMessage | null) => (message ? formMessageText(message, t) : null);
  const [values, setValues] = useState(() => initialValues(config, initial));
  const [reasonTouched, setReasonTouched] = useState(false);
  const reasonRef = useRef<HTMLInputElement>(null);
  const rules = { maxUserIds: config.maxUserIds, reasonRequired: config.reasonRequired };
  const idFile = useIdFile();
  const state = validateLookupForm(values, rules, fileIds(idFile.state));
  const set = (patch: Partial<LookupFormValues>) => setValues((current) => ({ ...current, ...patch }));
  // Nothing typed in User IDs (and nothing invalid): the submit lists every member instead.
  const browse = idFile.state === null && state.userIds.ids.length === 0 && state.userIdsError === null;

  useEffect(() => saveFormDraft(values), [values]);

  const serverError = (field: keyof LookupRequest, current: string) =>
    rejected && rejected.field.split(/[.[]/)[0] === field && String(rejected.request[field] ?? '') === current
      ? rejected.message
      : null;
  const conversationIdError =
    text(state.conversationIdError) ??
    serverError('conversationId', normalizeId(values.conversationId) ?? values.conversationId);
  // Joined only when there is a rejection to compare with: 50,000 IDs make a megabyte of text per keystroke.
  const userIdsError =
    text(state.userIdsError) ?? (rejected ? serverError('userIds', String(state.userIds.ids)) : null);
  const appError = serverError('appId', values.appId);
  // "Required" turns red only once the operator has been to the field or tried to send; the marker says it first.
  const reasonError =
    text(state.reasonMissing && !reasonTouched ? null : state.reasonError) ??
    serverError('reason', values.reason.trim());

  const submit = () => {
    setReasonTouched(true);
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
    const next = {
      appId: example.appId,
      conversationId: example.conversationId,
      userIdsText: example.userIds.join('\n'),
      reason: values.reason,
    };
    setValues(next);
    idFile.clear();
    const request = validateLookupForm(next, rules).request;
    if (request) {
      onSubmit(request);
    } else {
      // Only the reason can be missing here: point at it rather than send a lookup the server will refuse.
      setReasonTouched(true);
      reasonRef.current?.focus();
    }
  };

  return (
    <Card component="section" aria-labelledby="lookup-form-title" onFocus={preloadGrid}>
      <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography id="lookup-form-title" variant="h6" component="h1" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {t('form.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2.5 }}>
          {t('form.intro')}
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
                  label={t('form.conversationId')}
                  value={values.conversationId}
                  onChange={(event) => set({ conversationId: event.target.value })}
                  error={conversationIdError !== null}
                  helperText={conversationIdError ?? t('form.conversationIdHint')}
                  slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', spellCheck: false } }}
                />
                <TextField
                  label={t('form.reason')}
                  inputRef={reasonRef}
                  value={values.reason}
                  onChange={(event) => set({ reason: event.target.value })}
                  onBlur={() => setReasonTouched(true)}
                  required={config.reasonRequired}
                  error={reasonError !== null}
                  helperText={
                    reasonError ?? (config.reasonRequired ? t('form.reasonRequiredHint') : t('form.reasonOptionalHint'))
                  }
                  placeholder={t('form.reasonPlaceholder')}
                  slotProps={{ htmlInput: { autoComplete: 'off' } }}
                />
              </Stack>
              <UserIdsField
                value={values.userIdsText}
                parsed={state.userIds}
                error={userIdsError}
                onChange={(userIdsText) => set({ userIdsText })}
                idFile={idFile}
              />
            </Box>
            {browse && (
              <BrowseOptions
                newestFirst={values.newestFirst ?? false}
                onlineOnly={values.onlineOnly ?? false}
                onChange={set}
              />
            )}
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
                {browse ? t('form.submitBrowse') : t('form.submit')}
              </Button>
              {config.demo && config.example && (
                <Button variant="outlined" size="large" onClick={runExample} disabled={pending}>
                  {t('form.example')}
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
