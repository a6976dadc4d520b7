import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../../../contract/lookup';
import { createTestI18n } from '../../../lib/i18n/test-i18n';
import type { ParticipantRow } from '../build-rows';
import { exportFileName } from './export-file-name';
import { participantsCsv } from './participants-csv';

const BIG = '9223372036854775807';
const OPERATOR = '9007199254740993';
const JOINED = 1_700_000_000;

const participant = (userId: string, patch: Partial<Participant> = {}): Participant => ({
  conversationId: '7101234567890123456',
  userId,
  role: 1,
  level: 30,
  nickname: 'Mira Chen',
  status: 0,
  operator: OPERATOR,
  joinedAt: JOINED,
  mutedUntil: null,
  ext: { team: 'support', 's:from': 'biz' },
  avatarUrl: null,
  ...patch,
});

const rows: ParticipantRow[] = [
  { id: BIG, kind: 'member', participant: participant(BIG) },
  {
    id: '7300000000000000012',
    kind: 'member',
    participant: participant('7300000000000000012', {
      role: 3,
      level: null,
      nickname: 'Chen, "Li"\nsecond line',
      status: 1,
      mutedUntil: JOINED + 3600,
      ext: {},
    }),
  },
  { id: '7300000000000000099', kind: 'not-member' },
  {
    id: '7300000000000000098',
    kind: 'not-checked',
    error: { code: 'ServiceUnavailableTemp', message: 'busy', requestId: null, status: 503 },
  },
];

let t: TFunction<'lookup'>;
beforeAll(async () => {
  t = (await createTestI18n('en')).getFixedT('en', 'lookup') as TFunction<'lookup'>;
});

describe('CSV export of a lookup', () => {
  it('When rows include a 19-digit ID, then it is written digit for digit, as in the grid', () => {
    const lines = participantsCsv(rows, t).split('\r\n');

    expect(lines[0]).toBe('User ID,Nickname,Role,Level,Status,Muted until,Joined,Operator,Ext');
    expect(lines[1]).toBe(
      `${BIG},Mira Chen,Owner,30,Active,,2023-11-14T22:13:20Z,${OPERATOR},s:from=biz; team=support`,
    );
  });

  it('When a nickname holds a comma, quotes and a line break, then the cell is quoted and kept whole', () => {
    const csv = participantsCsv(rows, t);

    expect(csv).toContain(
      '7300000000000000012,"Chen, ""Li""\nsecond line",3,,Left,2023-11-14T23:13:20Z,2023-11-14T22:13:20Z,',
    );
  });

  it('When IDs are not members or not checked, then their rows say so and the rest stays empty', () => {
    const lines = participantsCsv(rows, t).split('\r\n');

    expect(lines[3]).toBe('7300000000000000099,,,,Not a member,,,,');
    expect(lines[4]).toBe('7300000000000000098,,,,Not checked: ServiceUnavailableTemp,,,,');
    expect(lines).toHaveLength(5);
  });

  it('When a cell starts like a spreadsheet formula, then it is defused with a leading quote', () => {
    const hostile: ParticipantRow = {
      id: '5',
      kind: 'member',
      participant: participant('5', { nickname: '=HYPERLINK("http://x")', ext: {} }),
    };

    expect(participantsCsv([hostile], t)).toContain(`5,"'=HYPERLINK(""http://x"")",`);
  });

  it('When 50,000 rows are exported, then every ID comes out in order, exactly', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => String(9223372036854725808n + BigInt(i)));
    const big: ParticipantRow[] = ids.map((id) => ({ id, kind: 'not-member' }));

    const body = participantsCsv(big, t).split('\r\n').slice(1);

    expect(body.map((line) => line.split(',')[0])).toEqual(ids);
    expect(body.at(-1)?.startsWith('9223372036854775807,')).toBe(true);
  });

  it('When the file is named, then it carries the app, the conversation and the UTC time', () => {
    const name = exportFileName(
      '100001',
      '7101234567890123456',
      new Date(Date.UTC(2026, 10, 26, 12, 18, 32, 456)),
      'csv',
    );

    expect(name).toBe('members-100001-7101234567890123456-20261126T121832Z.csv');
  });
});
