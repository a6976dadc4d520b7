import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Divider from '@mui/material/Divider';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import type { SessionInfo } from '../../contract/session';
import { BrandMark } from '../components/brand-mark';
import { LanguageMenu, ThemeMenu, TimeZoneMenu } from '../components/preference-menus';
import { MAIN_CONTENT_ID, SkipLink } from '../components/skip-link';
import type { DisplayPreferences } from '../lib/i18n/preferences';
import { AccountMenu } from './account-menu';
import { NAV_ITEMS } from './nav-items';
import { NavMenu } from './nav-menu';

interface Props {
  operator: SessionInfo;
  demo: boolean;
  /** Saves a display choice to the operator's account. */
  onSavePreferences: (patch: Partial<DisplayPreferences>) => void;
  children: ReactNode;
}

// Below this the bar keeps to one row: the pages and the account fold into menus, the preferences show icons only.
const WIDE = 'md';

export function AppLayout({ operator, demo, onSavePreferences, children }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((item) => !item.adminOnly || operator.role === 'admin');
  const role = t(`role.${operator.role}`);
  const wideOnly = { display: { xs: 'none', [WIDE]: 'flex' } } as const;
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <SkipLink />
      <AppBar position="sticky" color="inherit" sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: { xs: 0.5, [WIDE]: 2 }, flexWrap: 'nowrap', px: { xs: 1, sm: 2 } }}>
          <NavMenu items={items} sx={{ display: { [WIDE]: 'none' } }} />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 0 }}>
            <BrandMark />
            {/* The bar names the console; each page's own h1 says where the operator is. */}
            <Typography
              component="span"
              variant="h1"
              sx={{ whiteSpace: 'nowrap', display: { xs: 'none', sm: 'block' }, overflow: 'hidden' }}
            >
              {t('appName')}
            </Typography>
          </Box>
          <Box component="nav" aria-label={t('nav.label')} sx={{ ...wideOnly, gap: 0.5, ml: 2 }}>
            {items.map((item) => (
              <Button
                key={item.to}
                component={NavLink}
                to={item.to}
                end={item.to === '/'}
                color="inherit"
                sx={{
                  px: 1.5,
                  color: 'text.secondary',
                  '&.active': { color: 'primary.main', bgcolor: 'action.selected' },
                }}
              >
                {t(item.label)}
              </Button>
            ))}
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          {demo && (
            <Chip label={t('demo.label')} color="warning" size="small" variant="outlined" title={t('demo.hint')} />
          )}
          <Box sx={{ display: 'flex', alignItems: 'center', flexShrink: 0 }}>
            {/* Text beside the icons only on wide screens: at laptop widths the bar also holds the pages and the account. */}
            <LanguageMenu onSave={onSavePreferences} textFrom="xl" />
            <TimeZoneMenu onSave={onSavePreferences} textFrom="xl" />
            <ThemeMenu onSave={onSavePreferences} textFrom="xl" />
          </Box>
          <Box
            aria-label={t('signedInAs', { username: operator.username, role })}
            role="group"
            sx={{ ...wideOnly, alignItems: 'center', gap: 1 }}
          >
            <Typography variant="body2" translate="no" sx={{ fontWeight: 600 }}>
              {operator.username}
            </Typography>
            <Chip
              size="small"
              label={role}
              color={operator.role === 'admin' ? 'primary' : 'default'}
              variant="outlined"
            />
          </Box>
          <Divider orientation="vertical" flexItem sx={{ my: 1.5, ...wideOnly }} />
          <Button
            variant="outlined"
            size="small"
            color="inherit"
            onClick={() => navigate('/sign-out')}
            sx={{ ...wideOnly, flexShrink: 0 }}
          >
            {t('signOut')}
          </Button>
          <AccountMenu operator={operator} sx={{ display: { [WIDE]: 'none' } }} />
        </Toolbar>
      </AppBar>
      {/* tabIndex -1: the skip link moves focus here. scroll-margin keeps what it scrolls to clear of the sticky bar. */}
      <Container
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        maxWidth="xl"
        sx={{ py: 3, px: { xs: 1.5, sm: 3 }, '& *': { scrollMarginTop: 72 } }}
      >
        {children}
      </Container>
    </Box>
  );
}
