import Box from '@mui/material/Box';
import { visibleTextParts } from '../../../../contract/visible-text';
import { MONO_FONTS } from '../../../lib/fonts';

const ESCAPE_STYLE = {
  fontFamily: MONO_FONTS,
  fontSize: '0.9em',
  color: 'warning.dark',
  bgcolor: 'action.hover',
  borderRadius: 0.5,
  px: 0.25,
};

/**
 * Text with its invisible characters (bidi overrides, controls, zero-width ones) shown as \uXXXX escapes, set apart
 * so they can't be read as typed text. Backslashes typed by the user show doubled, so an escape can't be faked.
 */
export function VisibleText({ text }: { text: string }) {
  return visibleTextParts(text).map((part, index) => (
    // The parts of one text never reorder, so their position is a stable key.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <Box key={index} component="span" sx={part.escaped ? ESCAPE_STYLE : undefined}>
      {part.text}
    </Box>
  ));
}
