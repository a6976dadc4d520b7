import Typography from '@mui/material/Typography';
import type { GridColDef, GridRenderCellParams } from '@mui/x-data-grid';
import { compareIds } from '../../../../contract/int64';
import type { Participant } from '../../../../contract/lookup';
import { MONO_FONTS } from '../../../lib/fonts';
import type { ParticipantRow } from '../build-rows';
import { formatIso } from '../format-time';
import { compareRoleLabels, extEntries, roleLabel, statusLabel } from '../participant-labels';
import { DateTimeCell } from './date-time-cell';
import { ExtCell } from './ext-cell';
import { EmptyValue, MutedUntilCell } from './muted-until-cell';
import { RoleCell } from './role-cell';
import { StatusCell } from './status-cell';

type Column = GridColDef<ParticipantRow>;

const participantOf = (row: ParticipantRow): Participant | null => (row.kind === 'member' ? row.participant : null);

/** Plain text or "—"; React escapes it, so nicknames such as "<img …>" stay text. */
function renderText(params: GridRenderCellParams<ParticipantRow>) {
  const value: unknown = params.value;
  if (value === null || value === undefined || value === '') return <EmptyValue />;
  return (
    <Typography variant="body2" component="span" sx={{ overflowWrap: 'anywhere' }}>
      {String(value)}
    </Typography>
  );
}

function renderMono(params: GridRenderCellParams<ParticipantRow>) {
  if (params.value === null || params.value === undefined) return <EmptyValue />;
  return (
    <Typography component="span" sx={{ fontFamily: MONO_FONTS, fontSize: '0.8125rem' }}>
      {String(params.value)}
    </Typography>
  );
}

/** Exports carry UTC ISO timestamps; the screen shows local time. */
const isoOrEmpty = (value: number | null) => (value ? formatIso(value) : '');

// Every column centres its content vertically; rows grow to fit wrapped Ext chips.
const base = { display: 'flex' as const, renderCell: renderText };

export const participantColumns: Column[] = [
  {
    ...base,
    field: 'userId',
    headerName: 'User ID',
    width: 180,
    valueGetter: (_value, row) => row.id,
    // IDs exceed 2^53, so they are ordered by length then digits, never through Number.
    sortComparator: (a: string, b: string) => compareIds(a, b),
    renderCell: renderMono,
  },
  {
    ...base,
    field: 'nickname',
    headerName: 'Nickname',
    flex: 1,
    minWidth: 140,
    valueGetter: (_value, row) => participantOf(row)?.nickname ?? null,
  },
  {
    ...base,
    field: 'role',
    headerName: 'Role',
    width: 100,
    valueGetter: (_value, row) => {
      const participant = participantOf(row);
      return participant ? roleLabel(participant.role) : null;
    },
    sortComparator: (a: string | null, b: string | null) =>
      a === null || b === null ? (a === null ? 1 : 0) - (b === null ? 1 : 0) : compareRoleLabels(a, b),
    renderCell: (params) => <RoleCell label={params.value ?? null} />,
  },
  {
    ...base,
    field: 'level',
    headerName: 'Level',
    type: 'number',
    width: 70,
    align: 'left',
    headerAlign: 'left',
    valueGetter: (_value, row) => participantOf(row)?.level ?? null,
  },
  {
    ...base,
    field: 'status',
    headerName: 'Status',
    width: 150,
    valueGetter: (_value, row) => {
      if (row.kind === 'not-member') return 'Not a member';
      if (row.kind === 'not-checked') return `Not checked: ${row.error.code}`;
      const { status } = row.participant;
      return status === null ? null : statusLabel(status);
    },
    renderCell: (params) => <StatusCell row={params.row} />,
  },
  {
    ...base,
    field: 'mutedUntil',
    headerName: 'Muted until',
    width: 170,
    valueGetter: (_value, row) => participantOf(row)?.mutedUntil ?? null,
    valueFormatter: isoOrEmpty,
    renderCell: (params) => <MutedUntilCell mutedUntil={params.value ?? null} />,
  },
  {
    ...base,
    field: 'joinedAt',
    headerName: 'Joined',
    width: 150,
    valueGetter: (_value, row) => participantOf(row)?.joinedAt ?? null,
    valueFormatter: isoOrEmpty,
    renderCell: (params) => <DateTimeCell seconds={params.value ?? null} />,
  },
  {
    ...base,
    field: 'operator',
    headerName: 'Operator',
    width: 170,
    valueGetter: (_value, row) => participantOf(row)?.operator ?? null,
    renderCell: renderMono,
  },
  {
    ...base,
    field: 'ext',
    headerName: 'Ext',
    flex: 1.5,
    minWidth: 220,
    sortable: false,
    // Text form for the quick filter and CSV; the cell itself shows chips.
    valueGetter: (_value, row) => {
      const participant = participantOf(row);
      return participant
        ? extEntries(participant.ext)
            .map(([key, value]) => `${key}=${value}`)
            .join('; ')
        : null;
    },
    renderCell: (params) => <ExtCell ext={participantOf(params.row)?.ext ?? null} />,
  },
];
