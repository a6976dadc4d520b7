import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import SvgIcon from '@mui/material/SvgIcon';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleText } from '../../../../contract/visible-text';
import { isOkOutcome } from '../outcome';

// Material "check_circle" and "error" paths, inlined as in copy-button.tsx.
const OK_PATH =
  'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z';
const FAILED_PATH = 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z';

const OWN_OUTCOMES = new Set(['ok', 'partial', 'denied', 'cancelled', 'failed', 'started']);

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
    ? t(`outcome.${outcome as 'ok' | 'partial' | 'denied' | 'cancelled' | 'failed' | 'started'}`)
    : i18n.exists(short)
      ? t(short as 'errors:short.internal_error')
      : visibleText(outcome); // free text in the database: nothing in it may hide
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 0.25, py: 0.5 }}>
      <Chip
        size="small"
        variant="outlined"
        color={ok ? 'success' : 'error'}
        // Colour alone doesn't tell a failure from a success (colour blindness, screen readers); the icon's name does.
        icon={
          <SvgIcon titleAccess={ok ? t('outcome.iconOk') : t('outcome.iconFailed')}>
            <path d={ok ? OK_PATH : FAILED_PATH} />
          </SvgIcon>
        }
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
