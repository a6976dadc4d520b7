// System fonts only: the console runs on closed networks and a strict CSP will forbid font CDNs.
export const SYSTEM_FONTS = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  '"Noto Sans"',
  '"Liberation Sans"',
  'Arial',
  'sans-serif',
  '"Apple Color Emoji"',
  '"Segoe UI Emoji"',
  '"Noto Color Emoji"',
].join(',');

/** For IDs: fixed-width digits make long numbers easy to compare by eye. */
export const MONO_FONTS = [
  'ui-monospace',
  '"SFMono-Regular"',
  'Menlo',
  'Consolas',
  '"DejaVu Sans Mono"',
  'monospace',
].join(',');
