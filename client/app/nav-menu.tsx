import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import SvgIcon from '@mui/material/SvgIcon';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import type { NavItem } from './nav-items';

// Material "menu".
const MENU_PATH = 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z';

/** The pages, folded into one button where the bar has no room to list them. */
export function NavMenu({ items, sx }: { items: readonly NavItem[]; sx?: SxProps<Theme> }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  return (
    <>
      <IconButton
        aria-label={t('nav.menu')}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={sx}
      >
        <SvgIcon>
          <path d={MENU_PATH} />
        </SvgIcon>
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {items.map((item) => {
          const current = item.to === '/' ? pathname === '/' : pathname.startsWith(item.to);
          return (
            <MenuItem
              key={item.to}
              component={NavLink}
              to={item.to}
              end={item.to === '/'}
              selected={current}
              aria-current={current ? 'page' : undefined}
              onClick={() => setAnchor(null)}
            >
              {t(item.label)}
            </MenuItem>
          );
        })}
      </Menu>
    </>
  );
}
