/**
 * Plain-text output helpers: number formatting and a compact column-aligned table.
 * @module
 */

/** One table column: its header and whether cells are right-aligned (numbers) or left-aligned. */
export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/** Renders `rows` under `columns` as aligned text lines separated by two spaces, with a rule under the header. */
export function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? '';
        const width = widths[i] ?? 0;
        return c.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}

/** `value` with `digits` decimals, or `n/a` when it is not finite. */
export function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/** An integer with thousands separators, e.g. `2,225`. */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** Rounds `value` to `digits` decimals for JSON output (keeps `null` for non-finite values). */
export function round(value: number, digits = 2): number | null {
  if (!Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
