import { describe, expect, it } from 'vitest';
import { filterExt } from './filter-ext';

const ext = { team: 'Support', 's:from': 'biz', long: 'a value about teams' };

describe('filterExt', () => {
  it('When the query is empty or blank, then every entry is kept, sorted by key', () => {
    expect(filterExt(ext, '  ').map(([key]) => key)).toEqual(['long', 's:from', 'team']);
  });

  it('When the query matches keys or values in any case, then only those entries are kept', () => {
    expect(filterExt(ext, 'TEAM')).toEqual([
      ['long', 'a value about teams'],
      ['team', 'Support'],
    ]);
    expect(filterExt(ext, 'support')).toEqual([['team', 'Support']]);
  });

  it('When nothing matches, then the list is empty', () => {
    expect(filterExt(ext, 'nope')).toEqual([]);
  });
});
