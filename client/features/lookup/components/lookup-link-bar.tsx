import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LookupLink } from '../use-lookup-url';
import { CopyLinkButton } from './copy-link-button';

/** Above the results: the link that opens this lookup again, for the operator or a colleague. */
export function LookupLinkBar({ link }: { link: LookupLink }) {
  const { t } = useTranslation('lookup');
  if (link.status === 'none') return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1, minHeight: 32 }}>
      {link.status === 'ready' && <CopyLinkButton href={link.href} />}
      {link.status === 'saving' && (
        <Typography variant="body2" color="text.secondary" role="status" sx={{ display: 'flex', gap: 1 }}>
          <CircularProgress size={16} aria-hidden />
          {t('link.saving')}
        </Typography>
      )}
      {link.status === 'failed' && (
        <Typography variant="body2" color="text.secondary" role="status">
          {t('link.saveFailed')}
        </Typography>
      )}
    </Box>
  );
}
