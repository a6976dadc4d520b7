import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Alert severity="info" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
      <AlertTitle component="h1" sx={{ fontWeight: 600 }}>
        {t('notFound.title')}
      </AlertTitle>
      {t('notFound.body')}{' '}
      <Link component={RouterLink} to="/">
        {t('notFound.link')}
      </Link>
    </Alert>
  );
}
