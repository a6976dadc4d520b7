import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleText } from '../../../../contract/visible-text';
import { isOkOutcome } from '../outcome';

const OWN_OUTCOMES = new Set(['ok', 'partial', 'denied', 'cancelled', 'failed']);

/**
 * A short label in the operator's language; an error outcome keeps its code underneath in small type, as stored,
 * so it can be quoted and searched.
 */
export function OutcomeChip({ outcome }: { outcome: string }) {
  const { t, i18n } = useTranslation(['audit', 'errors']);
  const ok = isOkOutcome(outcome);
  const own = OWN_OUTCOMES.has(outcome);
  const short = `errors:short.${outcome}`;
  const label = own
    ? t(`outcome.${outcome as 'ok' | 'partial' | 'denied' | 'cancelled' | 'failed'}`)
    : i18n.exists(short)
      ? t(short as 'errors:short.internal_error')
      : visibleText(outcome); // free text in the database: nothing in it may hide
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.25, py: 0.5 }}>
      <Chip
        size="small"
        variant="outlined"
        color={ok ? 'success' : 'error'}
        label={label}
        sx={{
          height: 'auto',
          maxWidth: '100%',
          '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25, lineHeight: 1.35 },
        }}
      />
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
