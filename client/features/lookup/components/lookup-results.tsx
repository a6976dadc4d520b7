import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { Suspense, useMemo } from 'react';
import type { LookupRequest, LookupResponse } from '../../../../contract/lookup';
import { buildRows, countRows, type ParticipantRow } from '../build-rows';
import { EmptyResults } from './empty-results';
import { LookupErrorAlert } from './lookup-error-alert';
import { LookupSummary } from './lookup-summary';
import { ParticipantsGrid } from './participants-grid-lazy';
import { UnansweredAlert } from './unanswered-alert';

interface Props {
  status: 'idle' | 'pending' | 'error' | 'success';
  request: LookupRequest | undefined;
  response: LookupResponse | undefined;
  error: unknown;
}

const NO_ROWS: ParticipantRow[] = [];

export function LookupResults({ status, request, response, error }: Props) {
  const rows = useMemo(() => (response ? buildRows(response) : NO_ROWS), [response]);

  if (status === 'idle') return <EmptyResults />;
  if (status === 'error') return <LookupErrorAlert error={error} />;

  return (
    <Stack component="section" aria-label="Lookup results" spacing={2}>
      {status === 'pending' && <LinearProgress aria-label="Looking up members" />}
      {response && <LookupSummary counts={countRows(rows)} requestIds={response.requestIds} />}
      {response && response.unanswered.length > 0 && <UnansweredAlert batches={response.unanswered} />}
      <Suspense fallback={<GridPlaceholder />}>
        <ParticipantsGrid
          rows={rows}
          loading={status === 'pending'}
          appId={response?.appId ?? request?.appId ?? ''}
          conversationId={response?.conversationId ?? request?.conversationId ?? ''}
        />
      </Suspense>
    </Stack>
  );
}

function GridPlaceholder() {
  return (
    <Paper sx={{ p: 2 }}>
      <Skeleton variant="rounded" height={40} sx={{ mb: 1 }} />
      <Skeleton variant="rounded" height={240} />
    </Paper>
  );
}
