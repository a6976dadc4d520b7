import Chip from '@mui/material/Chip';
import { Fragment } from 'react';
import { isOkOutcome } from '../format-audit';

export function OutcomeChip({ outcome }: { outcome: string }) {
  const ok = isOkOutcome(outcome);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={ok ? 'success' : 'error'}
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
