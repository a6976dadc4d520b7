import { DataGrid, type GridPaginationModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRecord } from '../../../../contract/audit';
import { GridFrame } from '../../../components/grid-frame';
import { useGridLocaleText } from '../../../components/use-grid-locale-text';
import { cspNonce } from '../../../lib/csp-nonce';
import { PAGE_SIZES } from '../audit-view';
import { auditColumns } from './audit-columns';

interface Props {
  records: AuditRecord[];
  total: number;
  loading: boolean;
  pagination: GridPaginationModel;
  onPaginationChange: (model: GridPaginationModel) => void;
}

const SCROLL_AFTER_ROWS = 12;

export function AuditGrid({ records, total, loading, pagination, onPaginationChange }: Props) {
  const { t } = useTranslation('audit');
  const columns = useMemo(() => auditColumns(t), [t]);
  const localeText = useGridLocaleText({ noRowsLabel: t('page.noRows') });
  return (
    <GridFrame rowCount={records.length} scrollAfter={SCROLL_AFTER_ROWS}>
      <DataGrid
        rows={records}
        // The grid writes its CSS variables into a <style> of its own; the CSP refuses it without the nonce.
        nonce={cspNonce()}
        columns={columns}
        label={t('page.records')}
        loading={loading}
        // The server pages, filters and orders (newest first); the grid only shows one page of it.
        paginationMode="server"
        rowCount={total}
        paginationModel={pagination}
        onPaginationModelChange={onPaginationChange}
        pageSizeOptions={PAGE_SIZES}
        getRowHeight={() => 'auto'}
        disableRowSelectionOnClick
        disableColumnMenu
        columnHeaderHeight={52}
        localeText={localeText}
        slotProps={{ loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'skeleton' } }}
        sx={{
          bgcolor: 'background.paper',
          '& .MuiDataGrid-cell': { py: 1 },
          '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 600, whiteSpace: 'normal', lineHeight: 1.25 },
        }}
      />
    </GridFrame>
  );
}
