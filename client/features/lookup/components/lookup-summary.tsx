import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LookupMode } from '../../../../contract/lookup';
import { RequestId } from '../../../components/request-id';
import type { LookupCounts } from '../build-rows';

/** "N members · M not members · K not checked"; a browse lists members only, so it says just how many. */
export function summaryText(
  { members, notMembers, notChecked }: LookupCounts,
  t: TFunction<'lookup'>,
  mode: LookupMode = 'lookup',
): string {
  const parts = [t('results.members', { count: members })];
  if (mode === 'lookup') parts.push(t('results.notMembers', { count: notMembers }));
  if (notChecked > 0) parts.push(t('results.notChecked', { count: notChecked }));
  return parts.join(' · ');
}

interface Props {
  counts: LookupCounts;
  requestIds: string[];
  mode?: LookupMode;
}

// Large lookups fan out into many upstream calls; a few RequestIds are enough to start a support ticket.
const SHOWN_REQUEST_IDS = 3;

export function LookupSummary({ counts, requestIds, mode }: Props) {
  const { t } = useTranslation('lookup');
  const shown = requestIds.slice(0, SHOWN_REQUEST_IDS);
  const hidden = requestIds.length - shown.length;
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={{ xs: 0.5, md: 2 }}
      sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}
    >
      <Typography component="p" variant="subtitle1" role="status" sx={{ fontWeight: 600 }}>
        {summaryText(counts, t, mode)}
      </Typography>
      {shown.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, color: 'text.secondary', typography: 'body2' }}>
          {shown.map((id) => (
            <RequestId key={id} id={id} />
          ))}
          {hidden > 0 && (
            // The rest on hover, for lookups that made more calls than are shown.
            <Box component="span" sx={{ alignSelf: 'center' }} title={requestIds.slice(shown.length).join('\n')}>
              {t('results.moreRequestIds', { count: hidden })}
            </Box>
          )}
        </Box>
      )}
    </Stack>
  );
}
