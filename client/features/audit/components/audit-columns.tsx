import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { GridColDef, GridRenderCellParams } from '@mui/x-data-grid';
import type { AuditRecord } from '../../../../contract/audit';
import { MONO_FONTS } from '../../../lib/fonts';
import { AUDIT_EVENT_LABELS } from '../audit-view';
import { formatAuditDate, formatAuditTime, formatDuration } from '../format-audit';
import { Dash } from './dash';
import { IdListCell } from './id-list-cell';
import { OutcomeChip } from './outcome-chip';

type Column = GridColDef<AuditRecord>;

function renderText(params: GridRenderCellParams<AuditRecord>) {
  const value: unknown = params.value;
  if (value === null || value === undefined || value === '') return <Dash />;
  return (
    <Typography variant="body2" component="span" sx={{ overflowWrap: 'anywhere' }}>
      {String(value)}
    </Typography>
  );
}

function renderMono(params: GridRenderCellParams<AuditRecord>) {
  if (params.value === null || params.value === undefined || params.value === '') return <Dash />;
  return (
    <Typography component="span" sx={{ fontFamily: MONO_FONTS, fontSize: '0.78125rem', overflowWrap: 'anywhere' }}>
      {String(params.value)}
    </Typography>
  );
}

function TimeCell({ iso }: { iso: string }) {
  return (
    <Box sx={{ lineHeight: 1.35 }} title={iso}>
      <Typography variant="body2">{formatAuditDate(iso)}</Typography>
      <Typography variant="caption" color="text.secondary">
        {formatAuditTime(iso)}
      </Typography>
    </Box>
  );
}

// Rows come from the server a page at a time, newest first, so sorting or filtering one page would mislead.
const base = { display: 'flex' as const, sortable: false, filterable: false, renderCell: renderText };
const number = { ...base, type: 'number' as const, align: 'right' as const, headerAlign: 'right' as const };

export const auditColumns: Column[] = [
  {
    ...base,
    field: 'at',
    headerName: 'Time',
    width: 120,
    renderCell: (params) => <TimeCell iso={params.row.at} />,
  },
  { ...base, field: 'operator', headerName: 'Operator', width: 92 },
  {
    ...base,
    field: 'event',
    headerName: 'Event',
    width: 100,
    valueGetter: (_value, row) => AUDIT_EVENT_LABELS[row.event] ?? row.event,
    renderCell: (params) => (
      <Typography
        variant="body2"
        component="span"
        title={params.row.details ? JSON.stringify(params.row.details, null, 2) : undefined}
      >
        {params.value}
      </Typography>
    ),
  },
  {
    ...base,
    field: 'outcome',
    headerName: 'Outcome',
    // Room for the chip's icon beside the longest code's halves (invalid_ / credentials).
    width: 136,
    renderCell: (params) => <OutcomeChip outcome={params.row.outcome} />,
  },
  { ...base, field: 'appId', headerName: 'App', width: 80, renderCell: renderMono },
  { ...base, field: 'conversationId', headerName: 'Conversation ID', width: 166, renderCell: renderMono },
  {
    ...base,
    field: 'userIds',
    headerName: 'User IDs',
    width: 106,
    valueGetter: (_value, row) => row.userIds.join(' '),
    renderCell: (params) => <IdListCell ids={params.row.userIds} noun="user ID" />,
  },
  { ...number, field: 'found', headerName: 'Found', width: 70 },
  { ...number, field: 'notMembers', headerName: 'Not members', width: 100 },
  { ...base, field: 'reason', headerName: 'Reason', flex: 1, minWidth: 120 },
  {
    ...base,
    field: 'requestIds',
    headerName: 'Request IDs',
    width: 114,
    valueGetter: (_value, row) => row.requestIds.join(' '),
    renderCell: (params) => <IdListCell ids={params.row.requestIds} noun="request ID" />,
  },
  {
    ...number,
    field: 'durationMs',
    headerName: 'Duration',
    width: 92,
    valueFormatter: (value: number | null) => formatDuration(value),
    renderCell: (params) => (params.row.durationMs === null ? <Dash /> : formatDuration(params.row.durationMs)),
  },
  { ...base, field: 'ip', headerName: 'IP', width: 104, renderCell: renderMono },
];
