import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';

/** What a viewer sees on an admin page; `area` names what is off limits. */
export function NoAccess({ area }: { area: 'audit' | 'operators' }) {
  const { t } = useTranslation();
  return (
    <Alert severity="warning" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
      <AlertTitle component="h1" sx={{ fontWeight: 600 }}>
        {t('noAccess.title')}
      </AlertTitle>
      {t(`noAccess.${area}`)}
    </Alert>
  );
}
