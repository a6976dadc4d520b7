import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { StaleResults } from '../../../components/stale-results';
import { wholeJobFailure } from '../job/job-failure';
import type { LookupJobView } from '../job/use-lookup-job';
import { ConversationHeader } from './conversation-header';
import { EmptyResults } from './empty-results';
import { JobResults } from './job-results';

interface Props {
  view: LookupJobView;
  /** Runs the failed job again, whole. */
  onRetry: (() => void) | undefined;
  onRetryUnchecked: () => void;
  onCancel: () => void;
}

export function LookupResults({ view, onRetry, onRetryUnchecked, onCancel }: Props) {
  const { t } = useTranslation('lookup');
  const { job, error, previous } = view;
  if (!job && !error) return <EmptyResults />;
  const failedWhole = job && !view.running ? wholeJobFailure(job) : null;
  const failure = error ?? failedWhole;
  const stale = previous && previous !== job && (
    <StaleResults stale>
      <JobResults job={previous} running={false} />
    </StaleResults>
  );
  // No rows to show: the job was refused, its answer was discarded, or it could check nothing at all.
  if (failure && (!job || failedWhole)) {
    return (
      <Stack component="section" aria-label={t('results.label')} spacing={2}>
        <ErrorAlert variant="outlined" context={t('results.failed')} error={failure} onRetry={onRetry} />
        {job && (
          <ConversationHeader conversationId={job.request.conversationId} part={job.conversation} running={false} />
        )}
        {stale}
      </Stack>
    );
  }
  if (!job) return null;
  return (
    <Stack spacing={2}>
      {failure && (
        <ErrorAlert variant="outlined" context={t('results.interrupted')} error={failure} onRetry={onRetry} />
      )}
      <JobResults
        job={job}
        running={view.running}
        retrying={view.retrying}
        retryProgress={view.retryProgress}
        cancelledAt={view.cancelledAt}
        onCancel={onCancel}
        onRetryUnchecked={onRetryUnchecked}
      />
    </Stack>
  );
}
