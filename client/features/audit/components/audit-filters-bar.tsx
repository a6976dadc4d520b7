import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_EVENTS,
  AUDIT_OUTCOMES,
  type AuditFilters,
  EMPTY_FILTERS,
  filterErrors,
  hasFilters,
  sameFilters,
} from '../audit-view';

// The pickers are the larger part of the audit page's code; the records show while they load.
const DateRangeFilters = lazy(() => import('./date-filter-field'));

interface Props {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

// Long enough to finish typing an ID, short enough to feel live.
const APPLY_AFTER_MS = 350;

/**
 * The fields answer each keystroke; the query follows once typing pauses and the filters are valid, so the grid
 * keeps the last good results rather than flashing through partial IDs.
 */
export function AuditFiltersBar({ filters, onChange }: Props) {
  const { t } = useTranslation('audit');
  const [draft, setDraft] = useState(filters);
  const applied = useRef(filters);
  const errors = filterErrors(draft);
  const valid = Object.keys(errors).length === 0;

  useEffect(() => {
    // Our own changes come back through the URL unchanged; anything else (the nav link to a bare /audit) is shown.
    if (sameFilters(filters, applied.current)) return;
    applied.current = filters;
    setDraft(filters);
  }, [filters]);

  useEffect(() => {
    if (!valid || sameFilters(draft, applied.current)) return;
    const timer = window.setTimeout(() => {
      applied.current = draft;
      onChange(draft);
    }, APPLY_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [draft, valid, onChange]);

  const set = (patch: Partial<AuditFilters>) => setDraft((current) => ({ ...current, ...patch }));
  const clear = () => {
    applied.current = EMPTY_FILTERS;
    setDraft(EMPTY_FILTERS);
    onChange(EMPTY_FILTERS);
  };
  const errorText = (key: keyof typeof errors) => {
    const error = errors[key];
    return error ? t(`filters.${error}`) : undefined;
  };
  const idField = (key: 'appId' | 'conversationId' | 'userId') => (
    <TextField
      label={t(`filters.${key}`)}
      size="small"
      value={draft[key]}
      onChange={(event) => set({ [key]: event.target.value })}
      error={errors[key] !== undefined}
      helperText={errorText(key)}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', spellCheck: false } }}
    />
  );

  return (
    <Box
      role="search"
      aria-label={t('filters.label')}
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'start',
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' },
      }}
    >
      <TextField
        label={t('filters.operator')}
        size="small"
        value={draft.operator}
        onChange={(event) => set({ operator: event.target.value })}
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }}
      />
      <TextField
        select
        label={t('filters.event')}
        size="small"
        value={draft.event}
        onChange={(event) => set({ event: event.target.value as AuditFilters['event'] })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('filters.allEvents')}</MenuItem>
        {AUDIT_EVENTS.map((event) => (
          <MenuItem key={event} value={event}>
            {t(`event.${event}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('filters.outcome')}
        size="small"
        value={draft.outcome}
        onChange={(event) => set({ outcome: event.target.value as AuditFilters['outcome'] })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('filters.allOutcomes')}</MenuItem>
        {AUDIT_OUTCOMES.map((outcome) => (
          <MenuItem key={outcome} value={outcome}>
            {t(`outcome.${outcome}`)}
          </MenuItem>
        ))}
      </TextField>
      {idField('appId')}
      {idField('conversationId')}
      {idField('userId')}
      <Suspense
        fallback={
          <>
            <TextField label={t('filters.from')} size="small" disabled />
            <TextField label={t('filters.to')} size="small" disabled />
          </>
        }
      >
        <DateRangeFilters
          from={draft.from}
          to={draft.to}
          fromLabel={t('filters.from')}
          toLabel={t('filters.to')}
          toError={errorText('to')}
          onChange={set}
        />
      </Suspense>
      <Box sx={{ display: 'flex', alignItems: 'center', minHeight: 40 }}>
        <Button onClick={clear} disabled={!hasFilters(draft) && !hasFilters(filters)}>
          {t('filters.clear')}
        </Button>
      </Box>
    </Box>
  );
}
