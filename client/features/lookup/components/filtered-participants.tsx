import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../build-rows';
import { applyQuickFilter, countQuickFilters, type QuickFilter } from '../quick-filters';
import { ExportButtons } from './export-buttons';
import { NowProvider, useNow } from './now-context';
import { QuickFilterChips } from './quick-filter-chips';

interface Props {
  /** The whole result so far; it grows while a job streams, and the counts follow. */
  rows: ParticipantRow[];
  appId: string;
  conversationId: string;
  /** Renders the grid with the rows the active filter keeps. */
  children: (shown: ParticipantRow[]) => ReactNode;
}

/** The toolbar above the results (quick filters with counts, exports) and the grid it filters. */
export function FilteredParticipants(props: Props) {
  return (
    <NowProvider>
      <Filtered {...props} />
    </NowProvider>
  );
}

function Filtered({ rows, appId, conversationId, children }: Props) {
  const { t } = useTranslation('lookup');
  const now = useNow();
  const [filter, setFilter] = useState<QuickFilter | null>(null);
  const counts = useMemo(() => countQuickFilters(rows, now), [rows, now]);
  const shown = useMemo(() => applyQuickFilter(rows, filter, now), [rows, filter, now]);
  return (
    <>
      {rows.length > 0 && (
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={1.5}
          sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}
        >
          <QuickFilterChips counts={counts} active={filter} onChange={setFilter} />
          <ExportButtons rows={rows} appId={appId} conversationId={conversationId} />
        </Stack>
      )}
      {filter !== null && (
        <Typography variant="body2" color="text.secondary" role="status" sx={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('quickFilter.shown', { count: shown.length, total: rows.length })}
        </Typography>
      )}
      {children(shown)}
    </>
  );
}
