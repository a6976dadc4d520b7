import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import Divider from '@mui/material/Divider';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import type { SessionInfo } from '../../contract/session';
import { BrandMark } from '../components/brand-mark';
import { ROLE_LABELS } from '../features/auth/operator-context';

interface Props {
  operator: SessionInfo;
  demo: boolean;
  children: ReactNode;
}

interface NavItem {
  to: string;
  label: string;
  adminOnly: boolean;
}

const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Lookup', adminOnly: false },
  { to: '/audit', label: 'Audit', adminOnly: true },
  { to: '/operators', label: 'Operators', adminOnly: true },
];

export function AppLayout({ operator, demo, children }: Props) {
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((item) => !item.adminOnly || operator.role === 'admin');
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="sticky" color="inherit" sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: { xs: 1, md: 2 }, flexWrap: 'wrap', py: { xs: 1, md: 0 } }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
            <BrandMark />
            <Typography variant="h1" component="h1" sx={{ whiteSpace: 'nowrap' }}>
              IM Participant Console
            </Typography>
          </Box>
          <Box component="nav" aria-label="Main" sx={{ display: 'flex', gap: 0.5, ml: { md: 2 } }}>
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
                {item.label}
              </Button>
            ))}
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          {demo && (
            <Chip
              label="Demo data"
              color="warning"
              size="small"
              variant="outlined"
              title="Answers come from the built-in emulator, not Volcengine"
            />
          )}
          <Box
            aria-label={`Signed in as ${operator.username} (${ROLE_LABELS[operator.role]})`}
            role="group"
            sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
          >
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {operator.username}
            </Typography>
            <Chip
              size="small"
              label={ROLE_LABELS[operator.role]}
              color={operator.role === 'admin' ? 'primary' : 'default'}
              variant="outlined"
            />
          </Box>
          <Divider orientation="vertical" flexItem sx={{ my: 1.5, display: { xs: 'none', sm: 'block' } }} />
          <Button variant="outlined" size="small" color="inherit" onClick={() => navigate('/sign-out')}>
            Sign out
          </Button>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="xl" sx={{ py: 3 }}>
        {children}
      </Container>
    </Box>
  );
}
