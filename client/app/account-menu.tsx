import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import SvgIcon from '@mui/material/SvgIcon';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionInfo } from '../../contract/session';

// Material "account_circle".
const ACCOUNT_PATH =
  'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 4c1.93 0 3.5 1.57 3.5 3.5S13.93 13 12 13s-3.5-1.57-3.5-3.5S10.07 6 12 6zm0 14c-2.03 0-4.43-.82-6.14-2.88C7.55 15.8 9.68 15 12 15s4.45.8 6.14 2.12C16.43 19.18 14.03 20 12 20z';

/** Who is signed in, and the way out, behind one button where the bar has no room for them. */
export function AccountMenu({ operator, sx }: { operator: SessionInfo; sx?: SxProps<Theme> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const role = t(`role.${operator.role}`);
  return (
    <>
      <IconButton
        aria-label={t('account.menu', { username: operator.username })}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={sx}
      >
        <SvgIcon>
          <path d={ACCOUNT_PATH} />
        </SvgIcon>
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListItemText
          sx={{ px: 2, py: 1 }}
          primary={<span translate="no">{operator.username}</span>}
          secondary={role}
        />
        <Divider />
        <MenuItem onClick={() => navigate('/sign-out')}>{t('signOut')}</MenuItem>
      </Menu>
    </>
  );
}
