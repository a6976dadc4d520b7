import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** An empty cell, read out as "none" rather than "dash". */
export function Dash() {
  const { t } = useTranslation();
  return (
    <Typography variant="body2" component="span" color="text.disabled" aria-label={t('none')}>
      —
    </Typography>
  );
}
