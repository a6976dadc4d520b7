import Box from '@mui/material/Box';
import { CopyButton } from '../../../components/copy-button';
import { MONO_FONTS } from '../../../lib/fonts';

/** Support asks for the upstream RequestId first, so it is shown in full and copyable. */
export function RequestId({ id }: { id: string }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <span>RequestId</span>
      <Box component="code" sx={{ fontFamily: MONO_FONTS, fontSize: '0.8125rem', overflowWrap: 'anywhere' }}>
        {id}
      </Box>
      <CopyButton text={id} label="Copy request ID" />
    </Box>
  );
}
