import Stack from '@mui/material/Stack';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupProgress } from '../../../../contract/lookup';
import { ErrorAlert } from '../../../components/error-alert';
import { countRows } from '../build-rows';
import { upstreamHttpError } from '../job/job-failure';
import { jobRows, uncheckedGroups } from '../job/job-rows';
import type { CancelledAt } from '../job/use-lookup-job';
import { type LookupJobState, uncheckedIds } from '../lookup-job-state';
import { MemberResults } from '../member-details/member-results';
import { useScrollToResults } from '../member-details/use-scroll-to-results';
import { ConversationHeader } from './conversation-header';
import { FilteredParticipants } from './filtered-participants';
import { GridPlaceholder } from './grid-placeholder';
import { JobCancelledAlert } from './job-cancelled-alert';
import { JobProgress } from './job-progress';
import { LookupSummary } from './lookup-summary';
import { ParticipantsGrid } from './participants-grid-lazy';
import { UnansweredAlert } from './unanswered-alert';

interface Props {
  job: LookupJobState;
  running: boolean;
  retrying?: boolean;
  retryProgress?: LookupProgress | null;
  cancelledAt?: CancelledAt | null;
  onCancel?: () => void;
  onRetryUnchecked?: () => void;
}

const noop = () => undefined;

/** One job's answer as it stands: header, progress, summary, failed batches and the member grid. */
export function JobResults({ job, running, retrying, retryProgress, cancelledAt, onCancel, onRetryUnchecked }: Props) {
  const { t } = useTranslation('lookup');
  const rows = useMemo(() => jobRows(job), [job]);
  const counts = useMemo(() => countRows(rows), [rows]);
  const batches = useMemo(() => uncheckedGroups(job), [job]);
  const retryCount = useMemo(() => (running ? 0 : uncheckedIds(job).length), [job, running]);
  const { conversationId, appId } = job.request;
  const conversation = job.conversation?.state === 'found' ? job.conversation.conversation : null;
  const expected = (job.request.onlineOnly ? conversation?.onlineCount : conversation?.memberCount) ?? null;
  const unknown = job.conversation?.state === 'unknown';
  const ended = job.outcome !== null;
  const sectionRef = useScrollToResults<HTMLElement>(rows.length > 0);
  return (
    <Stack ref={sectionRef} component="section" aria-label={t('results.label')} spacing={2}>
      <ConversationHeader conversationId={conversationId} part={job.conversation} running={running} />
      {running && (
        <JobProgress
          mode={retrying ? 'lookup' : job.mode}
          progress={retrying ? (retryProgress ?? null) : job.progress}
          expectedMembers={expected}
          onCancel={onCancel ?? noop}
        />
      )}
      {cancelledAt && job.outcome === 'cancelled' && (
        <JobCancelledAlert
          at={cancelledAt}
          retryCount={batches.length === 0 ? retryCount : 0}
          onRetry={running ? undefined : onRetryUnchecked}
        />
      )}
      {!unknown && (ended || rows.length > 0) && (
        <LookupSummary counts={counts} requestIds={job.requestIds} mode={job.mode} />
      )}
      {job.browseError && (
        <ErrorAlert
          variant="outlined"
          context={t('results.browseStopped')}
          error={upstreamHttpError(job.browseError)}
        />
      )}
      {batches.length > 0 && (
        <UnansweredAlert
          batches={batches.map(({ error, userIds }) => ({ error, userIds }))}
          retryCount={retryCount}
          onRetry={running ? undefined : onRetryUnchecked}
        />
      )}
      {/* Mounted from the start, empty: the grid's first mount is heavy, and rows landing every few hundred
          milliseconds must not keep interrupting it. */}
      {!unknown && (
        <FilteredParticipants rows={rows} appId={appId} conversationId={conversationId}>
          {(shown) => (
            <MemberResults
              rows={shown}
              conversationId={conversationId}
              grid={
                <Suspense fallback={<GridPlaceholder />}>
                  <ParticipantsGrid
                    rows={shown}
                    loading={running && rows.length === 0}
                    conversationId={conversationId}
                  />
                </Suspense>
              }
            />
          )}
        </FilteredParticipants>
      )}
    </Stack>
  );
}
