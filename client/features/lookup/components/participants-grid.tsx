import { DataGrid } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GridFrame } from '../../../components/grid-frame';
import { cspNonce } from '../../../lib/csp-nonce';
import type { ParticipantRow } from '../build-rows';
import { useOpenMemberDetails } from '../member-details/member-details-context';
import { NowProvider } from './now-context';
import { participantColumns } from './participant-columns';

interface Props {
  rows: ParticipantRow[];
  loading: boolean;
  conversationId: string;
}

// The MIT grid caps a page at 100 rows; a 1000-ID lookup pages through ten.
const PAGE_SIZES = [25, 50, 100];
const SCROLL_AFTER_ROWS = 15;

/** Default export so it can be React.lazy-loaded: the grid is most of the bundle. */
export default function ParticipantsGrid({ rows, loading, conversationId }: Props) {
  const { t } = useTranslation('lookup');
  const columns = useMemo(() => participantColumns(t), [t]);
  const openDetails = useOpenMemberDetails();
  return (
    <NowProvider>
      <GridFrame rowCount={rows.length} scrollAfter={SCROLL_AFTER_ROWS}>
        <DataGrid
          rows={rows}
          // The grid writes its CSS variables into a <style> of its own; the CSP refuses it without the nonce.
          nonce={cspNonce()}
          columns={columns}
          loading={loading}
          label={conversationId ? t('grid.label', { conversationId }) : t('grid.labelNoConversation')}
          showToolbar
          getRowHeight={() => 'auto'}
          disableRowSelectionOnClick
          // A click (unless it selects text to copy) or Enter on a row opens its details drawer.
          onRowClick={(params) => {
            if (!window.getSelection()?.toString()) openDetails?.(params.row);
          }}
          onCellKeyDown={(params, event) => {
            if (event.key === 'Enter') openDetails?.(params.row);
          }}
          pageSizeOptions={PAGE_SIZES}
          initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
          slotProps={{
            toolbar: {
              // "Export CSV" above the grid writes every row of the result; the grid's own would follow its filters.
              csvOptions: { disableToolbarButton: true },
              printOptions: { disableToolbarButton: true },
            },
            loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'skeleton' },
          }}
          sx={{
            bgcolor: 'background.paper',
            '& .MuiDataGrid-cell': { py: 1 },
            '& .MuiDataGrid-row': { cursor: openDetails ? 'pointer' : undefined },
            '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
          }}
        />
      </GridFrame>
    </NowProvider>
  );
}
