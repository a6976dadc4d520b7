import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { GridColDef, GridRenderCellParams } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import { compareIds } from '../../../../contract/int64';
import type { Participant } from '../../../../contract/lookup';
import { DateTime } from '../../../components/date-time';
import { MONO_FONTS } from '../../../lib/fonts';
import { formatIso } from '../../../lib/format/date-time';
import type { ParticipantRow } from '../build-rows';
import { DetailsButton } from '../member-details/details-button';
import { extEntries, roleKey, roleLabelComparator, statusKey } from '../participant-labels';
import { ExtCell } from './ext-cell';
import { EmptyValue, MutedUntilCell } from './muted-until-cell';
import { RoleCell } from './role-cell';
import { StatusCell } from './status-cell';

type Column = GridColDef<ParticipantRow>;

const participantOf = (row: ParticipantRow): Participant | null => (row.kind === 'member' ? row.participant : null);

/** Plain text or "—"; React escapes it, so nicknames such as "<img …>" stay text. Data, so never translated. */
function renderText(params: GridRenderCellParams<ParticipantRow>) {
  const value: unknown = params.value;
  if (value === null || value === undefined || value === '') return <EmptyValue />;
  return (
    <Typography variant="body2" component="span" translate="no" sx={{ overflowWrap: 'anywhere' }}>
      {String(value)}
    </Typography>
  );
}

function renderMono(params: GridRenderCellParams<ParticipantRow>) {
  if (params.value === null || params.value === undefined) return <EmptyValue />;
  return (
    <Typography component="span" translate="no" sx={{ fontFamily: MONO_FONTS, fontSize: '0.8125rem' }}>
      {String(params.value)}
    </Typography>
  );
}

/** Exports carry UTC ISO timestamps; the screen shows local time or UTC, as the operator chose. */
const isoOrEmpty = (seconds: number | null) => (seconds ? formatIso(seconds * 1000) : '');

// Every column centres its content vertically; rows grow to fit wrapped Ext chips.
const base = { display: 'flex' as const, renderCell: renderText };

/**
 * The grid's columns in the operator's language. Built again only when the language changes: cells read the time
 * zone and the clock themselves, so neither resets the widths the operator dragged.
 */
export const participantColumns = (t: TFunction<'lookup'>): Column[] => [
  {
    ...base,
    field: 'userId',
    headerName: t('grid.userId'),
    width: 210,
    valueGetter: (_value, row) => row.id,
    // IDs exceed 2^53, so they are ordered by length then digits, never through Number.
    sortComparator: (a: string, b: string) => compareIds(a, b),
    renderCell: (params) => (
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%', gap: 0.5 }}>
        {renderMono(params)}
        <DetailsButton row={params.row} tabIndex={params.tabIndex} />
      </Box>
    ),
  },
  {
    ...base,
    field: 'nickname',
    headerName: t('grid.nickname'),
    flex: 1,
    minWidth: 140,
    valueGetter: (_value, row) => participantOf(row)?.nickname ?? null,
  },
  {
    ...base,
    field: 'role',
    headerName: t('grid.role'),
    width: 100,
    // The label, so the quick filter and the CSV match what the operator reads.
    valueGetter: (_value, row) => {
      const participant = participantOf(row);
      if (!participant) return null;
      const key = roleKey(participant.role);
      return key ? t(`role.${key}`) : String(participant.role);
    },
    sortComparator: (a: string | null, b: string | null) =>
      a === null || b === null
        ? (a === null ? 1 : 0) - (b === null ? 1 : 0)
        : roleLabelComparator((key) => t(`role.${key}`))(a, b),
    renderCell: (params) => <RoleCell role={participantOf(params.row)?.role ?? null} />,
  },
  {
    ...base,
    field: 'level',
    headerName: t('grid.level'),
    type: 'number',
    width: 70,
    align: 'left',
    headerAlign: 'left',
    valueGetter: (_value, row) => participantOf(row)?.level ?? null,
  },
  {
    ...base,
    field: 'status',
    headerName: t('grid.status'),
    width: 150,
    valueGetter: (_value, row) => {
      if (row.kind === 'not-member') return t('status.notMember');
      if (row.kind === 'not-checked') return t('status.notChecked', { code: row.error.code });
      const { status } = row.participant;
      if (status === null) return null;
      const key = statusKey(status);
      return key ? t(`status.${key}`) : String(status);
    },
    renderCell: (params) => <StatusCell row={params.row} />,
  },
  {
    ...base,
    field: 'mutedUntil',
    headerName: t('grid.mutedUntil'),
    width: 190,
    valueGetter: (_value, row) => participantOf(row)?.mutedUntil ?? null,
    valueFormatter: isoOrEmpty,
    renderCell: (params) => <MutedUntilCell mutedUntil={params.value ?? null} />,
  },
  {
    ...base,
    field: 'joinedAt',
    headerName: t('grid.joinedAt'),
    width: 160,
    valueGetter: (_value, row) => participantOf(row)?.joinedAt ?? null,
    valueFormatter: isoOrEmpty,
    renderCell: (params) => (params.value ? <DateTime ms={params.value * 1000} /> : <EmptyValue />),
  },
  {
    ...base,
    field: 'operator',
    headerName: t('grid.operator'),
    width: 170,
    valueGetter: (_value, row) => participantOf(row)?.operator ?? null,
    renderCell: renderMono,
  },
  {
    ...base,
    field: 'ext',
    headerName: t('grid.ext'),
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
