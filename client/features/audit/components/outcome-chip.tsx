import Chip from '@mui/material/Chip';
import { Fragment } from 'react';
import { visibleText } from '../../../../contract/visible-text';
import { isOkOutcome } from '../format-audit';

export function OutcomeChip({ outcome }: { outcome: string }) {
  const ok = isOkOutcome(outcome);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={ok ? 'success' : 'error'}
      // Outcomes are the console's own codes, but the column is free text: nothing in it may hide.
      label={<BreakAfterUnderscores text={visibleText(outcome)} />}
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
