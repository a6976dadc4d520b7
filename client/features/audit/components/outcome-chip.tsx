import Chip from '@mui/material/Chip';
import SvgIcon from '@mui/material/SvgIcon';
import { Fragment } from 'react';
import { isOkOutcome } from '../format-audit';

// Material "check_circle" and "error" paths, inlined as in copy-button.tsx.
const OK_PATH =
  'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z';
const FAILED_PATH = 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z';

export function OutcomeChip({ outcome }: { outcome: string }) {
  const ok = isOkOutcome(outcome);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={ok ? 'success' : 'error'}
      // Colour alone doesn't tell a failure from a success (colour blindness, screen readers); the icon's name does.
      icon={
        <SvgIcon titleAccess={ok ? 'Succeeded' : 'Failed'}>
          <path d={ok ? OK_PATH : FAILED_PATH} />
        </SvgIcon>
      }
      label={<BreakAfterUnderscores text={outcome} />}
      sx={{
        height: 'auto',
        maxWidth: '100%',
        '& .MuiChip-label': { whiteSpace: 'normal', overflowWrap: 'normal', py: 0.25, lineHeight: 1.35 },
      }}
    />
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
