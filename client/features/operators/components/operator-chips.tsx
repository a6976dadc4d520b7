import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ALL_APPS, type OperatorSummary } from '../../../../contract/operators';
import { MONO_FONTS } from '../../../lib/fonts';

export function RoleChip({ role }: Pick<OperatorSummary, 'role'>) {
  const { t } = useTranslation('common');
  return (
    <Chip size="small" variant="outlined" label={t(`role.${role}`)} color={role === 'admin' ? 'primary' : 'default'} />
  );
}

export function StatusChip({ disabled }: Pick<OperatorSummary, 'disabled'>) {
  const { t } = useTranslation('operators');
  return (
    <Chip
      size="small"
      variant={disabled ? 'outlined' : 'filled'}
      color={disabled ? 'default' : 'success'}
      label={disabled ? t('status.disabled') : t('status.active')}
    />
  );
}

interface AppChipsProps {
  grants: string[];
  /** The console's apps, to name a granted AppId on hover. */
  apps: { id: string; label: string }[];
}

export function AppChips({ grants, apps }: AppChipsProps) {
  const { t } = useTranslation('operators');
  if (grants.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {grants.map((app) =>
        app === ALL_APPS ? (
          <Chip key={app} size="small" label={t('allApps')} />
        ) : (
          <Chip
            key={app}
            size="small"
            label={app}
            title={apps.find((known) => known.id === app)?.label}
            translate="no"
            sx={{ fontFamily: MONO_FONTS }}
          />
        ),
      )}
    </Stack>
  );
}
