import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  stale: boolean;
  children: ReactNode;
}

/**
 * Earlier results kept on screen after a failed refresh: greyed, edged in the warning colour, and labelled in words so the state does not rest
 * on colour alone. Screen readers hear the label as the section's description.
 */
export function StaleResults({ stale, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  if (!stale) return children;
  return (
    <Box aria-describedby={id} role="group">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Chip size="small" color="warning" label={t('stale.label')} />
        <Typography id={id} variant="body2" color="text.secondary">
          {t('stale.description')}
        </Typography>
      </Box>
      {/* Greyed, not faded: text kept at full opacity still meets contrast (WCAG AA), which 0.55 opacity did not. */}
      <Box
        sx={{
          filter: 'grayscale(1)',
          borderLeft: 4,
          borderColor: 'warning.main',
          pl: 1,
          borderRadius: 1,
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
