import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Popover from '@mui/material/Popover';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button';
import { MONO_FONTS } from '../../../lib/fonts';
import { Dash } from './dash';

interface Props {
  ids: string[];
  kind: 'userIds' | 'requestIds';
}

const PREVIEW = 5;

/**
 * A lookup may name up to 1,000 IDs, far too many for a cell: it shows the count, a hover preview, and on click the
 * whole list to read or copy.
 */
export function IdListCell({ ids, kind }: Props) {
  const { t } = useTranslation('audit');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const titleId = useId();
  if (ids.length === 0) return <Dash />;

  const label = t(`ids.${kind}`, { count: ids.length });
  const preview =
    ids.slice(0, PREVIEW).join('\n') +
    (ids.length > PREVIEW ? `\n${t('ids.more', { count: ids.length - PREVIEW })}` : '');
  return (
    <>
      <Tooltip
        title={<Box sx={{ whiteSpace: 'pre', fontFamily: MONO_FONTS }}>{preview}</Box>}
        disableInteractive
        placement="top-start"
      >
        <Button
          size="small"
          onClick={(event) => setAnchor(event.currentTarget)}
          aria-haspopup="dialog"
          aria-expanded={anchor !== null}
          sx={{ px: 0.75, minWidth: 0, fontWeight: 500, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {label}
        </Button>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { minWidth: 260 } } }}
      >
        <Stack
          direction="row"
          sx={{ alignItems: 'center', justifyContent: 'space-between', pl: 2, pr: 1, py: 0.5, gap: 2 }}
        >
          <Typography id={titleId} variant="subtitle2">
            {label}
          </Typography>
          <CopyButton
            text={ids.join('\n')}
            label={kind === 'userIds' ? t('ids.copyUserIds') : t('ids.copyRequestIds')}
          />
        </Stack>
        <Box
          component="ol"
          translate="no"
          sx={{
            m: 0,
            py: 1,
            pr: 2,
            pl: 5.5,
            maxHeight: 320,
            overflow: 'auto',
            borderTop: 1,
            borderColor: 'divider',
            fontFamily: MONO_FONTS,
            fontSize: '0.8125rem',
            lineHeight: 1.7,
            color: 'text.secondary',
            '& span': { color: 'text.primary', userSelect: 'all' },
          }}
        >
          {/* IDs in one list are unique (the server drops repeated user IDs), so they key the items. */}
          {ids.map((id) => (
            <li key={id}>
              <span>{id}</span>
            </li>
          ))}
        </Box>
      </Popover>
    </>
  );
}
