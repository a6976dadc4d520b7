import { describe, expect, it } from 'vitest';
import { detectIdColumn } from './detect-id-column';
import { idsOfColumn, readIdFile } from './read-id-file';

const BIG = '9223372036854775807';
const ABOVE_2_53 = '9007199254740993';

describe('Reading a file of user IDs', () => {
  it('When a .txt holds one ID per line, then every ID is kept exactly, once, in order', () => {
    const { file } = readIdFile('ids.txt', `${BIG}\r\n${ABOVE_2_53}\n\n${BIG}\nnot-an-id\n`);
    expect(file.kind).toBe('list');
    expect(file.ids).toEqual({ ids: [BIG, ABOVE_2_53], invalid: ['not-an-id'], duplicates: 1 });
    expect(file.invalidLines).toEqual([{ line: 5, text: 'not-an-id' }]);
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
    expect(guess.columns.map((c) => c.label)).toEqual(['', '']);
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

  it('When a CSV has bad cells in its ID column, then each bad line is named by its number in the file', () => {
    const csv = `name,user_id\nMira,${BIG}\n\nOleg,12abc\nLi,\nSam,-5\nAna,${ABOVE_2_53}\n`;

    const { file } = readIdFile('reporters.csv', csv);

    expect(file.ids.ids).toEqual([BIG, ABOVE_2_53]);
    expect(file.invalidLines).toEqual([
      { line: 4, text: '12abc' },
      { line: 6, text: '-5' },
    ]);
    expect(file.invalidLineCount).toBe(2);
  });

  it('When a file is full of bad lines, then a few are named and all are counted', () => {
    const { file } = readIdFile('junk.txt', Array.from({ length: 1000 }, (_, i) => `x${i}`).join('\n'));

    expect(file.ids.ids).toEqual([]);
    expect(file.invalidLines).toHaveLength(5);
    expect(file.invalidLines[0]).toEqual({ line: 1, text: 'x0' });
    expect(file.invalidLineCount).toBe(1000);
  });

  it('When another column is picked, then its IDs and bad lines replace the first guess', () => {
    const csv = `reporter,reported\n${BIG},7300000000000000012\n${ABOVE_2_53},oops\n`;
    const { file, table } = readIdFile('pairs.csv', csv);
    if (file.kind !== 'table') throw new Error('expected a table');
    expect(file.guess.columns.map((c) => c.sample)).toEqual([BIG, '7300000000000000012']);

    const other = idsOfColumn(table, 1, file.guess.hasHeader);

    expect(other.ids.ids).toEqual(['7300000000000000012']);
    expect(other.invalidLines).toEqual([{ line: 3, text: 'oops' }]);
  });
});
