import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import SvgIcon from '@mui/material/SvgIcon';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MONO_FONTS } from '../../../lib/fonts';
import type { ParticipantRow } from '../build-rows';
import { NowProvider } from '../components/now-context';
import { CopyJsonButton } from './copy-json-button';
import { ExtTable } from './ext-table';
import { MemberFields } from './member-fields';
import { memberJson } from './member-json';
import { usePhoneWidth } from './use-phone-width';

// Material "close", inlined like the other glyphs to keep @mui/icons-material out of the bundle.
const CLOSE_PATH =
  'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z';

interface Props {
  row: ParticipantRow;
  open: boolean;
  onClose: () => void;
}

/**
 * The whole member in a side drawer. A modal: focus stays inside, Escape closes it, and focus goes back to the row
 * or button that opened it (MUI's focus trap restores it).
 */
export function MemberDrawer({ row, open, onClose }: Props) {
  const { t } = useTranslation('lookup');
  const phone = usePhoneWidth();
  const titleId = useId();
  const idId = useId();
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      slotProps={{
        paper: {
          role: 'dialog',
          'aria-modal': true,
          'aria-labelledby': `${titleId} ${idId}`,
          sx: { width: phone ? '100%' : 520, maxWidth: '100%', display: 'flex', flexDirection: 'column' },
        },
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', px: 2.5, pt: 2, pb: 1.5 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography id={titleId} variant="h6" component="h2">
            {t('details.title')}
          </Typography>
          <Typography id={idId} translate="no" sx={{ fontFamily: MONO_FONTS, overflowWrap: 'anywhere' }}>
            {row.id}
          </Typography>
        </Box>
        <IconButton aria-label={t('details.close')} onClick={onClose} edge="end">
          <SvgIcon>
            <path d={CLOSE_PATH} />
          </SvgIcon>
        </IconButton>
      </Stack>
      <Divider />
      <Box sx={{ flex: 1, overflowY: 'auto', px: 2.5, py: 2 }}>
        <NowProvider>
          <MemberFields row={row} />
        </NowProvider>
        {row.kind === 'member' && <ExtTable ext={row.participant.ext} />}
      </Box>
      <Divider />
      <Box sx={{ px: 2.5, py: 1.5 }}>
        <CopyJsonButton text={memberJson(row)} />
      </Box>
    </Drawer>
  );
}
