import type { TFunction } from 'i18next';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import type { Participant } from '../../../../contract/lookup';
import { createTestI18n } from '../../../lib/i18n/test-i18n';
import type { ParticipantRow } from '../build-rows';
import { memberSheet } from './member-sheet';

const member = (userId: string, extra: Partial<Participant> = {}): ParticipantRow => ({
  id: userId,
  kind: 'member',
  participant: {
    conversationId: '7101234567890123456',
    userId,
    role: 1,
    level: 30,
    nickname: 'Mira Chen',
    status: 0,
    operator: '9007199254740993',
    joinedAt: 1700000000,
    mutedUntil: 0,
    ext: { 's:from': 'biz', team: 'support' },
    avatarUrl: null,
    ...extra,
  },
});

const ROWS: ParticipantRow[] = [
  member('9223372036854775807'),
  member('1000000000000000001', { role: 3, nickname: '=HYPERLINK("http://x")', level: null, ext: {} }),
  { id: '7300000000000000099', kind: 'not-member' },
  {
    id: '9007199254740993',
    kind: 'not-checked',
    error: { code: 'InternalError', message: 'boom', requestId: null, status: 500 },
  },
];

let t: TFunction<'lookup'>;
beforeAll(async () => {
  t = (await createTestI18n('en')).getFixedT('en', 'lookup');
});

/** Writes the sheet as the browser does, then reads the file back as Excel's own reader would see the cells. */
async function roundTrip(rows: ParticipantRow[]) {
  const { data, options } = memberSheet(rows, t);
  const buffer = await writeExcelFile(data, options).toBuffer();
  return readSheet(buffer);
}

describe('memberSheet', () => {
  it('When 19-digit IDs are written and read back, then every digit survives as a text cell', async () => {
    const sheet = await roundTrip(ROWS);

    const ids = sheet.slice(1).map((row) => row[0]);
    expect(ids).toEqual(['9223372036854775807', '1000000000000000001', '7300000000000000099', '9007199254740993']);
    for (const id of ids) expect(typeof id).toBe('string');
    expect(sheet[1]?.[7]).toBe('9007199254740993');
    expect(typeof sheet[1]?.[7]).toBe('string');
  });

  it('When the sheet is read back, then it has the CSV columns with labels, codes, UTC times and Ext', async () => {
    const sheet = await roundTrip(ROWS);

    expect(sheet[0]).toEqual([
      'User ID',
      'Nickname',
      'Role',
      'Level',
      'Status',
      'Muted until',
      'Joined',
      'Operator',
      'Ext',
    ]);
    expect(sheet[1]).toEqual([
      '9223372036854775807',
      'Mira Chen',
      'Owner',
      30,
      'Active',
      null,
      '2023-11-14T22:13:20Z',
      '9007199254740993',
      's:from=biz; team=support',
    ]);
    // An unknown role shows its code; a formula-like nickname is plain text, never a formula.
    expect(sheet[2]?.slice(0, 4)).toEqual(['1000000000000000001', '=HYPERLINK("http://x")', '3', null]);
    expect(sheet[3]?.[4]).toBe('Not a member');
    expect(sheet[4]?.[4]).toBe('Not checked: InternalError');
  });

  it('When the language is Chinese, then the headers and labels are Chinese', async () => {
    const zh = (await createTestI18n('zh-CN')).getFixedT('zh-CN', 'lookup');
    const { data } = memberSheet(ROWS.slice(0, 1), zh);

    expect(data[0]?.[0]).toEqual({ type: String, value: '用户 ID' });
    expect(data[1]?.[2]).toEqual({ type: String, value: '群主' });
  });
});
