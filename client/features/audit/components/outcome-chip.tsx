import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import SvgIcon from '@mui/material/SvgIcon';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleText } from '../../../../contract/visible-text';
import { type OutcomeTone, outcomeTone } from '../outcome';

// Material "check_circle", "error" and "hourglass_empty" paths, inlined as in copy-button.tsx.
type IconName = 'outcome.iconOk' | 'outcome.iconUnfinished' | 'outcome.iconFailed';
const TONES: Record<OutcomeTone, { color: 'success' | 'warning' | 'error'; path: string; icon: IconName }> = {
  ok: {
    color: 'success',
    path: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z',
    icon: 'outcome.iconOk',
  },
  unfinished: {
    color: 'warning',
    path: 'M6 2v6h.01L6 8.01 10 12l-4 4 .01.01H6V22h12v-5.99h-.01L18 16l-4-4 4-3.99-.01-.01H18V2H6zm10 14.5V20H8v-3.5l4-4 4 4zm-4-5-4-4V4h8v3.5l-4 4z',
    icon: 'outcome.iconUnfinished',
  },
  failed: {
    color: 'error',
    path: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z',
    icon: 'outcome.iconFailed',
  },
};

const OWN_OUTCOMES = new Set(['ok', 'partial', 'denied', 'cancelled', 'failed', 'started']);

/**
 * A short label in the operator's language; an error outcome keeps its code underneath in small type, as stored,
 * so it can be quoted and searched.
 */
export function OutcomeChip({
  outcome,
  details = null,
}: {
  outcome: string;
  details?: Record<string, unknown> | null;
}) {
  const { t, i18n } = useTranslation(['audit', 'errors']);
  const tone = TONES[outcomeTone(outcome)];
  const calls = callsOf(details);
  const own = OWN_OUTCOMES.has(outcome);
  const short = `errors:short.${outcome}`;
  const label = own
    ? t(`outcome.${outcome as 'ok' | 'partial' | 'denied' | 'cancelled' | 'failed' | 'started'}`)
    : i18n.exists(short)
      ? t(short as 'errors:short.internal_error')
      : visibleText(outcome); // free text in the database: nothing in it may hide
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.25, py: 0.5 }}>
      <Chip
        size="small"
        variant="outlined"
        color={tone.color}
        // Colour alone doesn't tell a failure from a success (colour blindness, screen readers); the icon's name does.
        icon={
          <SvgIcon titleAccess={t(tone.icon)}>
            <path d={tone.path} />
          </SvgIcon>
        }
        label={label}
        sx={{
          height: 'auto',
          maxWidth: '100%',
          '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25, lineHeight: 1.35 },
        }}
      />
      {calls && (outcome === 'cancelled' || outcome === 'partial') && (
        <Box component="span" sx={{ fontSize: '0.6875rem', color: 'text.secondary', lineHeight: 1.2 }}>
          {calls.total === null
            ? t('outcome.callsOpen', { done: calls.done })
            : t('outcome.calls', { done: calls.done, total: calls.total })}
        </Box>
      )}
      {!own && label !== outcome && (
        <Box component="span" translate="no" sx={{ fontSize: '0.6875rem', color: 'text.secondary', lineHeight: 1.2 }}>
          <BreakAfterUnderscores text={visibleText(outcome)} />
        </Box>
      )}
    </Box>
  );
}

/** Codes such as invalid_credentials may wrap, but only after an underscore; <wbr> keeps copied text intact. */
function BreakAfterUnderscores({ text }: { text: string }) {
  const parts = text.split('_');
  return parts.map((part, index) => (
    // The parts of one code never reorder, so their position is a stable key.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </Fragment>
  ));
}

/** How far a job got: `details.calls` of a lookup or browse record, when it is well formed. */
function callsOf(details: Record<string, unknown> | null): { done: number; total: number | null } | null {
  const calls = details?.calls;
  if (typeof calls !== 'object' || calls === null) return null;
  const { done, total } = calls as { done?: unknown; total?: unknown };
  if (typeof done !== 'number') return null;
  return { done, total: typeof total === 'number' ? total : null };
}
