import { describe, expect, it } from 'vitest';
import { formatMs, formatNumber, formatPercent, markdownTable } from './table.ts';

describe('markdownTable', () => {
  it('pads every column to its widest cell and right-aligns the number columns', () => {
    const table = markdownTable(
      [{ title: 'benchmark' }, { title: 'per s', align: 'right' }],
      [
        ['orders.place', '812'],
        ['search', '12,400'],
      ],
    );
    expect(table.split('\n')).toEqual([
      '| benchmark    |  per s |',
      '| ------------ | -----: |',
      '| orders.place |    812 |',
      '| search       | 12,400 |',
    ]);
  });
  it('counts a Vietnamese letter once and escapes a pipe inside a cell', () => {
    const table = markdownTable([{ title: 'a' }], [['Đống'], ['x|y']]);
    expect(table.split('\n')).toEqual(['| a    |', '| ---- |', '| Đống |', '| x\\|y |']);
  });
  it('refuses a row with the wrong number of cells', () => {
    expect(() => markdownTable([{ title: 'a' }, { title: 'b' }], [['only one']])).toThrow(/1 cells for 2/);
  });
});

describe('number formats', () => {
  it('separates thousands, rounds to the digits asked, and says n/a for a missing figure', () => {
    expect(formatNumber(12345.678)).toBe('12,346');
    expect(formatNumber(0.1234, 2)).toBe('0.12');
    expect(formatNumber(Number.NaN)).toBe('n/a');
    expect(formatPercent(0.374)).toBe('37%');
    expect(formatPercent(Number.NaN)).toBe('n/a');
    expect(formatMs(3.44)).toBe('3.4 ms');
    expect(formatMs(41.2)).toBe('41 ms');
  });
});
