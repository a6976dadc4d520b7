import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * The first stop for the Tab key: past the top bar straight to the page. Hidden until focused. It moves focus itself
 * rather than following `#main-content`, which would put a hash in the address the router then has to ignore.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    // A plain <a> dressed as MUI's Link: Link itself would be the sign-in page's only reason to download it.
    <Box
      component="a"
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
      sx={{
        position: 'absolute',
        left: 8,
        top: 8,
        zIndex: 'tooltip',
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: 'background.paper',
        boxShadow: 3,
        fontWeight: 600,
        color: 'primary.main',
        textDecoration: 'underline',
        textDecorationColor: 'rgba(var(--mui-palette-primary-mainChannel) / 0.4)',
        transform: 'translateY(-200%)',
        '&:focus-visible, &:focus': { transform: 'none' },
      }}
    >
      {t('skipLink')}
    </Box>
  );
}
