import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupRequest, LookupResponse } from '../../../../contract/lookup';
import { ErrorAlert } from '../../../components/error-alert';
import { StaleResults } from '../../../components/stale-results';
import { buildRows, countRows, type ParticipantRow } from '../build-rows';
import { MemberResults } from '../member-details/member-results';
import { useScrollToResults } from '../member-details/use-scroll-to-results';
import { EmptyResults } from './empty-results';
import { FilteredParticipants } from './filtered-participants';
import { LookupSummary } from './lookup-summary';
import { ParticipantsGrid } from './participants-grid-lazy';
import { UnansweredAlert } from './unanswered-alert';

export interface CompletedLookup {
  request: LookupRequest;
  response: LookupResponse;
}

interface Props {
  status: 'idle' | 'pending' | 'error' | 'success';
  request: LookupRequest | undefined;
  response: LookupResponse | undefined;
  error: unknown;
  /** The last lookup that succeeded: shown, marked stale, under the error when a later one fails. */
  previous: CompletedLookup | null;
  onRetry: (() => void) | undefined;
}

export function LookupResults({ status, request, response, error, previous, onRetry }: Props) {
  const { t } = useTranslation('lookup');
  if (status === 'idle') return <EmptyResults />;
  if (status === 'error') {
    return (
      <Stack spacing={2}>
        <ErrorAlert variant="outlined" context={t('results.failed')} error={error} onRetry={onRetry} />
        {previous && (
          <StaleResults stale>
            <ResultsView status="success" request={previous.request} response={previous.response} />
          </StaleResults>
        )}
      </Stack>
    );
  }
  return <ResultsView status={status} request={request} response={response} />;
}

interface ViewProps {
  status: 'pending' | 'success';
  request: LookupRequest | undefined;
  response: LookupResponse | undefined;
}

const NO_ROWS: ParticipantRow[] = [];

function ResultsView({ status, request, response }: ViewProps) {
  const { t } = useTranslation('lookup');
  const rows = useMemo(() => (response ? buildRows(response) : NO_ROWS), [response]);
  const sectionRef = useScrollToResults<HTMLElement>(rows.length > 0);
  const appId = response?.appId ?? request?.appId ?? '';
  const conversationId = response?.conversationId ?? request?.conversationId ?? '';
  return (
    <Stack ref={sectionRef} component="section" aria-label={t('results.label')} spacing={2}>
      {status === 'pending' && <LinearProgress aria-label={t('results.pending')} />}
      {response && <LookupSummary counts={countRows(rows)} requestIds={response.requestIds} />}
      {response && response.unanswered.length > 0 && <UnansweredAlert batches={response.unanswered} />}
      <FilteredParticipants rows={rows} appId={appId} conversationId={conversationId}>
        {(shown) => (
          <MemberResults
            rows={shown}
            conversationId={conversationId}
            grid={
              <Suspense fallback={<GridPlaceholder />}>
                <ParticipantsGrid rows={shown} loading={status === 'pending'} conversationId={conversationId} />
              </Suspense>
            }
          />
        )}
      </FilteredParticipants>
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
