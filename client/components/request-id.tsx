import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { MONO_FONTS } from '../lib/fonts';
import { CopyButton } from './copy-button';

/** Support asks for the upstream RequestId first, so it is shown in full and copyable. */
export function RequestId({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <span translate="no">{t('requestId.label')}</span>
      <Box
        component="code"
        translate="no"
        sx={{ fontFamily: MONO_FONTS, fontSize: '0.8125rem', overflowWrap: 'anywhere' }}
      >
        {id}
      </Box>
      <CopyButton text={id} label={t('requestId.copy')} />
    </Box>
  );
}
