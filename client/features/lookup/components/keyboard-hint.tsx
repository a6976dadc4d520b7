import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Trans } from 'react-i18next';

const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

const keySx = {
  fontFamily: 'inherit',
  fontSize: '0.75rem',
  px: 0.75,
  py: 0.25,
  border: 1,
  borderColor: 'divider',
  borderBottomWidth: 2,
  borderRadius: 1,
  bgcolor: 'action.hover',
} as const;

export function KeyboardHint() {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ display: { xs: 'none', sm: 'block' } }}>
      <Trans
        ns="lookup"
        i18nKey="form.keyboardHint"
        values={{ modifier: isApple ? '⌘' : 'Ctrl' }}
        components={{ key: <Box component="kbd" translate="no" sx={keySx} /> }}
      />
    </Typography>
  );
}
