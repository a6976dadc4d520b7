import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { NoAccess } from '../../../components/no-access';
import { StaleResults } from '../../../components/stale-results';
import { HttpError } from '../../../lib/api-client';
import { useAuditHead } from '../api/get-audit-head';
import { auditCsvUrl, useAuditPage } from '../api/get-audit-page';
import { type AuditFilters, type AuditView, readAuditView, writeAuditView } from '../audit-view';
import { AuditFiltersBar } from './audit-filters-bar';
import { AuditGrid } from './audit-grid';
import { ChainHead } from './chain-head';

export function AuditPage() {
  const { t } = useTranslation('audit');
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => readAuditView(searchParams), [searchParams]);
  const audit = useAuditPage(view);
  const head = useAuditHead();

  // Replace rather than push: Back should leave the audit page, not step through every keystroke.
  const show = useCallback(
    (next: AuditView) => setSearchParams(writeAuditView(next), { replace: true }),
    [setSearchParams],
  );
  const onFiltersChange = useCallback(
    // New filters mean a new result set, so paging starts over.
    (filters: AuditFilters) => show({ ...view, filters, page: 0 }),
    [show, view],
  );
  const onPaginationChange = (model: GridPaginationModel) =>
    show({ ...view, page: model.pageSize === view.pageSize ? model.page : 0, pageSize: model.pageSize });

  return (
    <Stack spacing={3}>
      <Card component="section" aria-labelledby="audit-title">
        <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-start' }, mb: 2.5 }}
          >
            <div>
              <Typography id="audit-title" variant="h6" component="h1" sx={{ fontSize: '1.05rem', fontWeight: 600 }}>
                {t('page.title')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('page.intro')}
              </Typography>
              <ChainHead query={head} />
            </div>
            <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
              <Button
                variant="text"
                onClick={() => {
                  void audit.refetch();
                  void head.refetch();
                }}
                disabled={audit.isFetching}
              >
                {t('page.refresh')}
              </Button>
              <Button variant="outlined" component="a" href={auditCsvUrl(view)} download>
                {t('page.export')}
              </Button>
            </Stack>
          </Stack>
          <AuditFiltersBar filters={view.filters} onChange={onFiltersChange} />
        </CardContent>
      </Card>
      <AuditResults audit={audit} view={view} onPaginationChange={onPaginationChange} />
    </Stack>
  );
}

interface ResultsProps {
  audit: ReturnType<typeof useAuditPage>;
  view: AuditView;
  onPaginationChange: (model: GridPaginationModel) => void;
}

function AuditResults({ audit, view, onPaginationChange }: ResultsProps) {
  const { t } = useTranslation('audit');
  // The nav hides the page from viewers, but a role can change while the page is open.
  if (audit.isError && audit.error instanceof HttpError && audit.error.status === 403) return <NoAccess area="audit" />;
  const failed = audit.isError && !audit.isFetching;
  return (
    <Stack spacing={2}>
      {failed && (
        <ErrorAlert variant="outlined" context={t('page.failed')} error={audit.error} onRetry={() => audit.refetch()} />
      )}
      {(audit.data || !failed) && (
        // A failed refresh keeps the last good page on screen, marked stale.
        <StaleResults stale={failed}>
          <Stack component="section" aria-label={t('page.records')} spacing={1}>
            {audit.data && (
              <Typography component="p" variant="subtitle1" role="status" sx={{ fontWeight: 600 }}>
                {t('page.count', { count: audit.data.total })}
              </Typography>
            )}
            <AuditGrid
              records={audit.data?.records ?? []}
              total={audit.data?.total ?? 0}
              loading={audit.isFetching}
              pagination={{ page: view.page, pageSize: view.pageSize }}
              onPaginationChange={onPaginationChange}
            />
          </Stack>
        </StaleResults>
      )}
    </Stack>
  );
}
