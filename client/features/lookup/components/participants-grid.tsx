import { DataGrid } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GridFrame } from '../../../components/grid-frame';
import { cspNonce } from '../../../lib/csp-nonce';
import type { ParticipantRow } from '../build-rows';
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
            '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600 },
          }}
        />
      </GridFrame>
    </NowProvider>
  );
}
