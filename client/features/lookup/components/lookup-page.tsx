import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupRequest } from '../../../../contract/lookup';
import { ErrorAlert } from '../../../components/error-alert';
import { useConfig } from '../../../lib/console-config';
import { useErrorText } from '../../../lib/i18n/error-text';
import { useLookupJob } from '../job/use-lookup-job';
import { loadPendingLookup } from '../lookup-draft';
import { useLookupUrl } from '../use-lookup-url';
import { LookupForm, type RejectedField } from './lookup-form';
import { LookupLinkBar } from './lookup-link-bar';
import { LookupResults } from './lookup-results';
import { SavedLinkProblem } from './saved-link-problem';

export function LookupPage() {
  const { t } = useTranslation('lookup');
  const config = useConfig();
  // Every lookup and browse is one streamed job; the last good one stays on screen, marked stale, when a later fails.
  const lookup = useLookupJob();
  const { run } = lookup;
  useResumePendingLookup(config.isSuccess, run);
  const address = useLookupUrl({ ready: config.isSuccess, run });
  const ask = (request: LookupRequest) => {
    address.asked(request);
    run(request);
  };
  const rejected = useRejectedField(lookup.error, lookup.failedRequest ?? undefined);

  if (config.isPending) return <FormSkeleton label={t('page.loadingSettings')} />;
  if (config.isError)
    return <ErrorAlert context={t('page.settingsFailed')} error={config.error} onRetry={() => config.refetch()} />;
  if (config.data.apps.length === 0) {
    return (
      <Alert severity="warning">
        <AlertTitle>{t('page.noAppsTitle')}</AlertTitle>
        {t('page.noAppsBody')}
      </Alert>
    );
  }

  const again = lookup.failedRequest ?? lookup.job?.request;
  return (
    <Stack spacing={3}>
      <LookupForm
        key={address.form?.key}
        initial={address.form?.values}
        config={config.data}
        pending={lookup.running}
        rejected={rejected}
        onSubmit={ask}
      />
      {address.savedLink.status === 'failed' ? (
        <SavedLinkProblem error={address.savedLink.error} onRetry={address.savedLink.retry} />
      ) : address.savedLink.status === 'loading' ? (
        <FormSkeleton label={t('link.opening')} />
      ) : (
        <Stack spacing={1}>
          {(lookup.job !== null || Boolean(lookup.error)) && <LookupLinkBar link={address.link} />}
          <LookupResults
            view={lookup}
            onRetry={again ? () => run(again) : undefined}
            onRetryUnchecked={lookup.retryUnchecked}
            onCancel={lookup.cancel}
          />
        </Stack>
      )}
    </Stack>
  );
}

/**
 * A lookup cut short by an expired session runs again once the operator is back from sign-in (the form shows the
 * same values, restored from its draft). Read once per visit to the page.
 */
function useResumePendingLookup(ready: boolean, run: (request: LookupRequest) => void) {
  const [pending] = useState(loadPendingLookup);
  const resumed = useRef(false);
  useEffect(() => {
    if (!ready || !pending || resumed.current) return;
    resumed.current = true;
    run(pending);
  }, [ready, pending, run]);
}

/** The field a 400 names, with what was wrong in the operator's language, for the form to mark. */
function useRejectedField(error: unknown, request: LookupRequest | undefined): RejectedField | null {
  const text = useErrorText(error);
  if (!error || !request || !text.field) return null;
  return { field: text.field, message: text.message ?? text.title, request };
}

function FormSkeleton({ label }: { label: string }) {
  return (
    <Card aria-busy="true" aria-label={label}>
      <CardContent sx={{ p: 3 }}>
        <Skeleton width="40%" height={32} />
        <Skeleton variant="rounded" height={56} sx={{ my: 2 }} />
        <Skeleton variant="rounded" height={120} />
      </CardContent>
    </Card>
  );
}
