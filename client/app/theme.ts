import { createTheme } from '@mui/material/styles';
import { SYSTEM_FONTS } from '../lib/fonts';
import type { MuiLocales } from '../lib/i18n/mui-locales';

// Every colour that carries text clears WCAG AA (4.5:1) on both the paper and the page background of its scheme;
// MUI's defaults for warning, info and a teal secondary do not (orange #ed6c02 on white is 3.1:1). Fixed here so
// no page has to patch a colour of its own.
const LIGHT = {
  primary: { main: '#3949ab' },
  secondary: { main: '#00695c' },
  warning: { main: '#b45309', contrastText: '#ffffff' },
  info: { main: '#01579b' },
  success: { main: '#2e7d32' },
  error: { main: '#c62828' },
  background: { default: '#f4f6fb', paper: '#ffffff' },
} as const;

const DARK = {
  primary: { main: '#8c9eff' },
  secondary: { main: '#4db6ac' },
  warning: { main: '#ffa726' },
  info: { main: '#4fc3f7' },
  success: { main: '#66bb6a' },
  error: { main: '#ff7961' },
  background: { default: '#0f1320', paper: '#171c2c' },
  // MUI's 0.16 lifts a selected item's background so far that primary text on it drops below 4.5:1.
  action: { selected: 'rgba(255, 255, 255, 0.08)' },
} as const;

/** A ring that shows wherever keyboard focus is, in both schemes; offset so it never hides the control's own edge. */
const FOCUS_RING = {
  outline: '2px solid var(--mui-palette-primary-main)',
  outlineOffset: '2px',
} as const;

/** The console's theme, with MUI's and the data grid's own texts in the operator's language. */
export function createAppTheme(locales: MuiLocales) {
  return createTheme(
    {
      // A class on <html> rather than the media query alone, so an operator's choice can override the OS setting;
      // `system` still follows the media query (see ColorSchemeSync).
      cssVariables: { colorSchemeSelector: 'class' },
      colorSchemes: { light: { palette: LIGHT }, dark: { palette: DARK } },
      shape: { borderRadius: 10 },
      typography: {
        fontFamily: SYSTEM_FONTS,
        h1: { fontSize: '1.25rem', fontWeight: 600, letterSpacing: 0 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiCssBaseline: {
          styleOverrides: {
            // Native and custom controls alike; inputs are left out, their outlined field shows focus already.
            ':where(a, button, summary, [role="button"], [role="tab"], [role="link"], [tabindex="0"]):focus-visible':
              FOCUS_RING,
            // Targets of programmatic focus (the page heading, <main> after the skip link) are not controls.
            '[tabindex="-1"]:focus': { outline: 'none' },
          },
        },
        MuiButtonBase: {
          styleOverrides: {
            // MUI moves focus-visible to a class on the base (checkboxes, switches: the real input is invisible).
            root: { '&.Mui-focusVisible': FOCUS_RING },
          },
        },
        // Inside a menu the ring sits inside the item, or the list's edge would clip it.
        MuiMenuItem: { styleOverrides: { root: { '&.Mui-focusVisible': { ...FOCUS_RING, outlineOffset: '-2px' } } } },
        MuiButton: { defaultProps: { disableElevation: true } },
        MuiCard: { defaultProps: { variant: 'outlined' } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
        MuiAppBar: { defaultProps: { elevation: 0 } },
        MuiTextField: { defaultProps: { fullWidth: true } },
        MuiTooltip: { defaultProps: { arrow: true } },
        MuiLink: { defaultProps: { underline: 'always' } },
      },
    },
    ...locales,
  );
}
