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
import { LanguageMenu, TimeZoneMenu } from '../components/preference-menus';
import type { DisplayPreferences } from '../lib/i18n/preferences';

interface Props {
  operator: SessionInfo;
  demo: boolean;
  /** Saves a display choice to the operator's account. */
  onSavePreferences: (patch: Partial<DisplayPreferences>) => void;
  children: ReactNode;
}

const NAV_ITEMS = [
  { to: '/', label: 'nav.lookup', adminOnly: false },
  { to: '/recent', label: 'nav.recent', adminOnly: false },
  { to: '/audit', label: 'nav.audit', adminOnly: true },
  { to: '/operators', label: 'nav.operators', adminOnly: true },
] as const;

export function AppLayout({ operator, demo, onSavePreferences, children }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((item) => !item.adminOnly || operator.role === 'admin');
  const role = t(`role.${operator.role}`);
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="sticky" color="inherit" sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: { xs: 1, md: 2 }, flexWrap: 'wrap', py: { xs: 1, md: 0 } }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
            <BrandMark />
            <Typography variant="h1" component="h1" sx={{ whiteSpace: 'nowrap' }}>
              {t('appName')}
            </Typography>
          </Box>
          <Box component="nav" aria-label={t('nav.label')} sx={{ display: 'flex', gap: 0.5, ml: { md: 2 } }}>
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
          <Box sx={{ display: 'flex', alignItems: 'center' }}>
            <LanguageMenu onSave={onSavePreferences} />
            <TimeZoneMenu onSave={onSavePreferences} />
          </Box>
          <Box
            aria-label={t('signedInAs', { username: operator.username, role })}
            role="group"
            sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
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
          <Divider orientation="vertical" flexItem sx={{ my: 1.5, display: { xs: 'none', sm: 'block' } }} />
          <Button variant="outlined" size="small" color="inherit" onClick={() => navigate('/sign-out')}>
            {t('signOut')}
          </Button>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="xl" sx={{ py: 3 }}>
        {children}
      </Container>
    </Box>
  );
}
