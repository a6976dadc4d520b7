import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { roleKey } from '../participant-labels';
import { EmptyValue } from './muted-until-cell';

export function RoleCell({ role }: { role: number | null }) {
  const { t } = useTranslation('lookup');
  if (role === null) return <EmptyValue />;
  const key = roleKey(role);
  if (key === 'owner') return <Chip size="small" color="primary" label={t('role.owner')} />;
  if (key === 'admin') return <Chip size="small" color="secondary" variant="outlined" label={t('role.admin')} />;
  if (key === 'member') return <Typography variant="body2">{t('role.member')}</Typography>;
  return (
    <Typography variant="body2" title={t('role.unknown')}>
      {role}
    </Typography>
  );
}
