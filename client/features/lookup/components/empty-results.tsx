import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export function EmptyResults() {
  const { t } = useTranslation('lookup');
  return (
    <Paper
      component="section"
      aria-label={t('results.label')}
      sx={{ p: 4, textAlign: 'center', borderStyle: 'dashed', bgcolor: 'transparent' }}
    >
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('results.emptyTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('results.emptyBody')}
      </Typography>
    </Paper>
  );
}
