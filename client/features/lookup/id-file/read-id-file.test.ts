import { describe, expect, it } from 'vitest';
import { detectIdColumn } from './detect-id-column';
import { readIdFile } from './read-id-file';

const BIG = '9223372036854775807';
const ABOVE_2_53 = '9007199254740993';

describe('Reading a file of user IDs', () => {
  it('When a .txt holds one ID per line, then every ID is kept exactly, once, in order', () => {
    const { file } = readIdFile('ids.txt', `${BIG}\r\n${ABOVE_2_53}\n\n${BIG}\nnot-an-id\n`);
    expect(file.kind).toBe('list');
    expect(file.ids).toEqual({ ids: [BIG, ABOVE_2_53], invalid: ['not-an-id'], duplicates: 1 });
  });

  it('When a CSV has a user_id header, then that column is used even beside other ID columns', () => {
    const csv = `operator_id,user_id,nickname\n1,${BIG},Mira\n2,${ABOVE_2_53},"Chen, Li"\n3,7300000000000000012,x\n`;
    const { file } = readIdFile('reporters.csv', csv);
    expect(file.kind).toBe('table');
    if (file.kind !== 'table') return;
    expect(file.guess.hasHeader).toBe(true);
    expect(file.guess.columns[file.column ?? -1]?.label).toBe('user_id');
    expect(file.guess.ambiguous).toBe(false);
    expect(file.ids.ids).toEqual([BIG, ABOVE_2_53, '7300000000000000012']);
  });

  it('When a CSV has a BOM, Chinese headers and quoted cells, then the 用户ID column is found', () => {
    const csv = `\uFEFF举报时间,用户ID,备注\n2026-11-01,"${BIG}","广告, 刷屏"\n2026-11-02,${ABOVE_2_53},\n`;
    const { file } = readIdFile('举报.csv', csv);
    if (file.kind !== 'table') throw new Error('expected a table');
    expect(file.guess.columns[file.column ?? -1]?.label).toBe('用户ID');
    expect(file.ids.ids).toEqual([BIG, ABOVE_2_53]);
  });

  it('When two columns hold IDs and no header tells them apart, then the guess is marked ambiguous', () => {
    const guess = detectIdColumn([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(guess.hasHeader).toBe(false);
    expect(guess.ambiguous).toBe(true);
    expect(guess.columns.map((c) => c.label)).toEqual(['Column 1', 'Column 2']);
  });

  it('When a headerless file has one column of IDs and one of text, then the ID column is chosen', () => {
    const guess = detectIdColumn([
      ['note', BIG],
      ['x', ABOVE_2_53],
    ]);
    expect(guess.hasHeader).toBe(false);
    expect(guess.suggested).toBe(1);
    expect(guess.ambiguous).toBe(false);
  });

  it('When 50,000 IDs arrive in a CSV, then all of them are read', () => {
    const lines = ['user_id', ...Array.from({ length: 50_000 }, (_, i) => String(8000000000000000000n + BigInt(i)))];
    const { file } = readIdFile('big.csv', lines.join('\n'));
    expect(file.ids.ids).toHaveLength(50_000);
    expect(file.ids.ids.at(-1)).toBe('8000000000000049999');
  });
});
