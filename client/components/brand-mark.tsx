import Box from '@mui/material/Box';

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <Box
      aria-hidden
      sx={{
        width: size,
        height: size,
        flexShrink: 0,
        borderRadius: 1.5,
        bgcolor: 'primary.main',
        color: 'primary.contrastText',
        display: 'grid',
        placeItems: 'center',
        fontSize: Math.round(size * 0.46),
        fontWeight: 700,
      }}
    >
      IM
    </Box>
  );
}
