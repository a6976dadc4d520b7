import { createTheme } from '@mui/material/styles';
import { SYSTEM_FONTS } from '../lib/fonts';
import type { MuiLocales } from '../lib/i18n/mui-locales';

/** The console's theme, with MUI's and the data grid's own texts in the operator's language. */
export function createAppTheme(locales: MuiLocales) {
  return createTheme(
    {
      // The "media" selector follows the OS setting without the inline script a class-based switch would need.
      cssVariables: { colorSchemeSelector: 'media' },
      colorSchemes: {
        light: {
          palette: {
            primary: { main: '#3949ab' },
            secondary: { main: '#00897b' },
            background: { default: '#f4f6fb', paper: '#ffffff' },
          },
        },
        dark: {
          palette: {
            primary: { main: '#8c9eff' },
            secondary: { main: '#4db6ac' },
            background: { default: '#0f1320', paper: '#171c2c' },
          },
        },
      },
      shape: { borderRadius: 10 },
      typography: {
        fontFamily: SYSTEM_FONTS,
        h1: { fontSize: '1.25rem', fontWeight: 600, letterSpacing: 0 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiCard: { defaultProps: { variant: 'outlined' } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiTextField: { defaultProps: { fullWidth: true } },
        MuiTooltip: { defaultProps: { arrow: true } },
      },
    },
    ...locales,
  );
}
