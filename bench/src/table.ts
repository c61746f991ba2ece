/**
 * The one table `pnpm bench` prints (and the README shows): a Markdown table with padded columns, so it reads the
 * same in a terminal and on GitHub. Pure, no IO.
 */

export type Align = 'left' | 'right';

export interface Column {
  readonly title: string;
  readonly align?: Align;
}

/** Characters as a terminal shows them (Vietnamese letters with combining marks count once). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** A Markdown table: every cell padded to its column's widest, `|` inside a cell escaped. */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  for (const row of rows)
    if (row.length !== columns.length)
      throw new Error(`a row has ${row.length} cells for ${columns.length} columns: ${row.join(' | ')}`);
  const cells = rows.map((row) => row.map((cell) => cell.replaceAll('|', '\\|')));
  const widths = columns.map((column, i) =>
    Math.max(3, width(column.title), ...cells.map((row) => width(row[i] ?? ''))),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, i) => pad(value, widths[i] ?? 0, columns[i]?.align ?? 'left')).join(' | ')} |`;
  const rule = `| ${widths
    .map((size, i) => (columns[i]?.align === 'right' ? `${'-'.repeat(size - 1)}:` : '-'.repeat(size)))
    .join(' | ')} |`;
  return [line(columns.map((column) => column.title)), rule, ...cells.map(line)].join('\n');
}

/** `12,345` / `12.3` / `0.123`: thousands separated, `digits` decimals; `n/a` for NaN or infinity. */
export function formatNumber(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** `37%` (`n/a` for NaN). */
export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${Math.round(fraction * 100)}%` : 'n/a';
}

/** Milliseconds with one decimal below 10 ms and none above: `3.4 ms`, `41 ms`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return `${formatNumber(ms, ms < 10 ? 1 : 0)} ms`;
}
