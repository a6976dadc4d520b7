import Typography from '@mui/material/Typography';
import type { GridColDef, GridRenderCellParams } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { AuditRecord } from '../../../../contract/audit';
import { DateTime } from '../../../components/date-time';
import { MONO_FONTS } from '../../../lib/fonts';
import { Dash } from './dash';
import { DurationCell } from './duration-cell';
import { EventCell } from './event-cell';
import { IdListCell } from './id-list-cell';
import { OutcomeChip } from './outcome-chip';
import { VisibleText } from './visible-text';

type Column = GridColDef<AuditRecord>;

/** Operators' names, reasons and IPs are data: shown as stored and never translated. */
function renderText(params: GridRenderCellParams<AuditRecord>) {
  const value: unknown = params.value;
  if (value === null || value === undefined || value === '') return <Dash />;
  return (
    // bdi: right-to-left text in one cell must not reorder what is around it.
    <Typography variant="body2" component="bdi" translate="no" sx={{ overflowWrap: 'anywhere' }}>
      <VisibleText text={String(value)} />
    </Typography>
  );
}

function renderMono(params: GridRenderCellParams<AuditRecord>) {
  if (params.value === null || params.value === undefined || params.value === '') return <Dash />;
  return (
    <Typography
      component="bdi"
      translate="no"
      sx={{ fontFamily: MONO_FONTS, fontSize: '0.78125rem', overflowWrap: 'anywhere' }}
    >
      <VisibleText text={String(params.value)} />
    </Typography>
  );
}

// Rows come from the server a page at a time, newest first, so sorting or filtering one page would mislead.
const base = { display: 'flex' as const, sortable: false, filterable: false, renderCell: renderText };
const number = { ...base, type: 'number' as const, align: 'right' as const, headerAlign: 'right' as const };

/** The columns in the operator's language; rebuilt only when the language changes. */
export const auditColumns = (t: TFunction<'audit'>): Column[] => [
  {
    ...base,
    field: 'at',
    headerName: t('column.at'),
    width: 150,
    renderCell: (params) => <DateTime ms={Date.parse(params.row.at)} seconds />,
  },
  { ...base, field: 'operator', headerName: t('column.operator'), width: 92 },
  {
    ...base,
    field: 'event',
    headerName: t('column.event'),
    width: 100,
    valueGetter: (_value, row) => t(`event.${row.event}`, { defaultValue: row.event }),
    renderCell: (params) => <EventCell label={params.value} details={params.row.details} />,
  },
  {
    ...base,
    field: 'outcome',
    headerName: t('column.outcome'),
    // Room for the chip's icon beside the longest code's halves (invalid_ / credentials).
    width: 136,
    renderCell: (params) => <OutcomeChip outcome={params.row.outcome} details={params.row.details} />,
  },
  { ...base, field: 'appId', headerName: t('column.appId'), width: 80, renderCell: renderMono },
  {
    ...base,
    field: 'conversationId',
    headerName: t('column.conversationId'),
    width: 166,
    renderCell: renderMono,
  },
  {
    ...base,
    field: 'userIds',
    headerName: t('column.userIds'),
    width: 106,
    valueGetter: (_value, row) => row.userIds.join(' '),
    renderCell: (params) => <IdListCell ids={params.row.userIds} kind="userIds" />,
  },
  { ...number, field: 'found', headerName: t('column.found'), width: 70 },
  { ...number, field: 'notMembers', headerName: t('column.notMembers'), width: 100 },
  { ...base, field: 'reason', headerName: t('column.reason'), flex: 1, minWidth: 120 },
  {
    ...base,
    field: 'requestIds',
    headerName: t('column.requestIds'),
    width: 114,
    valueGetter: (_value, row) => row.requestIds.join(' '),
    renderCell: (params) => <IdListCell ids={params.row.requestIds} kind="requestIds" />,
  },
  {
    ...number,
    field: 'durationMs',
    headerName: t('column.durationMs'),
    width: 92,
    renderCell: (params) => <DurationCell ms={params.row.durationMs} />,
  },
  { ...base, field: 'ip', headerName: t('column.ip'), width: 104, renderCell: renderMono },
];
