import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { useEffect, useRef, useState } from 'react';
import type { LookupRequest } from '../../../../contract/lookup';
import { LoadErrorAlert } from '../../../components/load-error-alert';
import { describeError } from '../../../lib/describe-error';
import { useCreateLookup } from '../api/create-lookup';
import { useConfig } from '../api/get-config';
import { loadPendingLookup } from '../lookup-draft';
import { LookupForm, type RejectedField } from './lookup-form';
import { LookupResults } from './lookup-results';

export function LookupPage() {
  const config = useConfig();
  const lookup = useCreateLookup();
  useResumePendingLookup(config.isSuccess, lookup.mutate);

  if (config.isPending) return <FormSkeleton />;
  if (config.isError)
    return (
      <LoadErrorAlert
        heading="Could not load the console settings"
        error={config.error}
        onRetry={() => config.refetch()}
      />
    );
  if (config.data.apps.length === 0) {
    return (
      <Alert severity="warning">
        <AlertTitle>No apps to look up</AlertTitle>
        Your account has no Volcengine IM app granted, or the server has none configured. Ask an administrator.
      </Alert>
    );
  }

  const rejected = rejectedField(lookup.error, lookup.variables);
  return (
    <Stack spacing={3}>
      <LookupForm
        config={config.data}
        pending={lookup.isPending}
        rejected={rejected}
        onSubmit={(request) => lookup.mutate(request)}
      />
      <LookupResults status={lookup.status} request={lookup.variables} response={lookup.data} error={lookup.error} />
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

function rejectedField(error: unknown, request: LookupRequest | undefined): RejectedField | null {
  if (!error || !request) return null;
  const { field, message } = describeError(error);
  return field ? { field, message, request } : null;
}

function FormSkeleton() {
  return (
    <Card aria-busy="true" aria-label="Loading settings">
      <CardContent sx={{ p: 3 }}>
        <Skeleton width="40%" height={32} />
        <Skeleton variant="rounded" height={56} sx={{ my: 2 }} />
        <Skeleton variant="rounded" height={120} />
      </CardContent>
    </Card>
  );
}
