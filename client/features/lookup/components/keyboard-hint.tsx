import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

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
      <Box component="kbd" sx={keySx}>
        {isApple ? '⌘' : 'Ctrl'}
      </Box>{' '}
      +{' '}
      <Box component="kbd" sx={keySx}>
        Enter
      </Box>{' '}
      to look up
    </Typography>
  );
}
