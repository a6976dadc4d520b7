import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useRecentLookups } from '../api/get-recent-lookups';
import { useRerunRecentLookup } from '../api/rerun-recent-lookup';
import { RecentLookupItem } from './recent-lookup-item';

interface Props {
  /** How an outcome is shown (the audit log's chip, handed over by the app: features don't import each other). */
  renderOutcome: (outcome: string) => ReactNode;
  /** An app's name as the operator knows it. */
  appLabel: (appId: string) => string;
}

/** "My recent lookups": the operator's own last 50 lookups and browses, each one click from running again. */
export function RecentLookupsPage({ renderOutcome, appLabel }: Props) {
  const { t } = useTranslation('history');
  const recent = useRecentLookups();
  const rerun = useRerunRecentLookup();
  return (
    <Stack component="section" aria-labelledby="recent-title" spacing={2}>
      <Box>
        <Typography id="recent-title" variant="h6" component="h1" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
          {t('title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('intro')}
        </Typography>
      </Box>
      {rerun.isError && <ErrorAlert variant="outlined" context={t('rerunFailed')} error={rerun.error} />}
      {recent.isPending ? (
        <ListSkeleton label={t('loading')} />
      ) : recent.isError ? (
        <ErrorAlert context={t('loadFailed')} error={recent.error} onRetry={() => recent.refetch()} />
      ) : recent.data.lookups.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: 'center', borderStyle: 'dashed', bgcolor: 'transparent' }}>
          <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
            {t('emptyTitle')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('emptyBody')}
          </Typography>
        </Paper>
      ) : (
        <Stack component="ul" aria-labelledby="recent-title" spacing={1} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {recent.data.lookups.map((lookup) => (
            <RecentLookupItem
              key={lookup.auditId}
              lookup={lookup}
              appLabel={appLabel}
              outcome={renderOutcome(lookup.outcome)}
              running={rerun.isPending && rerun.variables === lookup.auditId}
              disabled={rerun.isPending}
              onRerun={() => rerun.mutate(lookup.auditId)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function ListSkeleton({ label }: { label: string }) {
  return (
    <Stack spacing={1} aria-busy="true" aria-label={label} role="status">
      {[0, 1, 2].map((n) => (
        <Skeleton key={n} variant="rounded" height={64} />
      ))}
    </Stack>
  );
}
