import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { visibleJson } from '../../../../contract/visible-text';
import { MONO_FONTS } from '../../../lib/fonts';

interface Props {
  label: string;
  /** What an account change changed, as recorded: shown on hover, as stored, never translated. */
  details: Record<string, unknown> | null;
}

export function EventCell({ label, details }: Props) {
  const text = (
    <Typography variant="body2" component="span">
      {label}
    </Typography>
  );
  if (!details) return text;
  return (
    <Tooltip
      placement="top-start"
      title={
        <Box component="pre" translate="no" sx={{ m: 0, fontFamily: MONO_FONTS, fontSize: '0.75rem' }}>
          {visibleJson(details, 2)}
        </Box>
      }
    >
      {text}
    </Tooltip>
  );
}
