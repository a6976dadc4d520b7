import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

// The usual visually-hidden recipe: read by screen readers, not shown.
const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: 1,
  margin: -1,
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: 1,
} as const;

/**
 * Marks an operator made by single sign-on. The explanation is the chip's description at all times (for screen
 * readers) and its tooltip on hover or keyboard focus, which is why the chip takes focus though it does nothing.
 */
export function SsoChip({ inline = false }: { inline?: boolean }) {
  const { t } = useTranslation('operators');
  const aboutId = useId();
  return (
    <>
      <Tooltip title={t('sso.about')} describeChild disableInteractive>
        <Chip
          size="small"
          variant="outlined"
          color="info"
          label={t('sso.chip')}
          tabIndex={0}
          aria-describedby={aboutId}
          // Beside a username in a table cell, rather than in a row of chips.
          sx={inline ? { ml: 0.75, verticalAlign: 'middle' } : undefined}
        />
      </Tooltip>
      <span id={aboutId} style={visuallyHidden}>
        {t('sso.about')}
      </span>
    </>
  );
}
