import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import SvgIcon from '@mui/material/SvgIcon';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import type { AuditHeadResponse } from '../../../../contract/audit';
import { CopyButton } from '../../../components/copy-button';
import { MONO_FONTS } from '../../../lib/fonts';

// Material "info_outline", inlined like the copy icon.
const INFO_PATH =
  'M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8';

/** 16 hex digits: what `npm run audit -- verify --head` accepts at least, and too many to forge a match for. */
const SHOWN_DIGITS = 16;

/**
 * The newest audit record and its chain hash, to note outside the console. A trail rewritten or cut off later no
 * longer holds the noted head, which `npm run audit -- verify --head` shows.
 */
export function ChainHead({ query }: { query: UseQueryResult<AuditHeadResponse> }) {
  const { t } = useTranslation('audit');
  if (query.isPending) return <Skeleton variant="text" width={260} aria-label={t('chainHead.loading')} />;
  if (query.isError) {
    return (
      <Typography variant="caption" color="text.secondary">
        {t('chainHead.unavailable')}
      </Typography>
    );
  }
  const { head } = query.data;
  if (!head) {
    return (
      <Typography variant="caption" color="text.secondary">
        {t('chainHead.none')}
      </Typography>
    );
  }
  const noted = `${head.id}:${head.hash}`;
  // The hash's name and the command are the same in every language, and marked so; only the sentence is translated.
  const help = (
    <Trans
      t={t}
      i18nKey="chainHead.help"
      values={{ hash: 'SHA-256', command: `npm run audit -- verify --head ${head.id}:…` }}
      components={{ code: <Box component="code" translate="no" sx={{ fontFamily: MONO_FONTS }} /> }}
    />
  );
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.25, color: 'text.secondary', minHeight: 30 }}>
      <Typography variant="caption" component="p">
        {t('chainHead.label', { id: head.id })} ·{' '}
        <Box component="code" translate="no" title={head.hash} sx={{ fontFamily: MONO_FONTS }}>
          {head.hash.slice(0, SHOWN_DIGITS)}…
        </Box>
      </Typography>
      <CopyButton text={noted} label={t('chainHead.copy')} />
      <Tooltip title={help} describeChild>
        <IconButton size="small" color="inherit" aria-label={t('chainHead.about')}>
          <SvgIcon fontSize="inherit">
            <path d={INFO_PATH} />
          </SvgIcon>
        </IconButton>
      </Tooltip>
    </Box>
  );
}
