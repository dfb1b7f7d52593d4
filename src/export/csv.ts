/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (so Chinese is not
 * garbled), CRLF line ends, fields quoted when needed, numbers unformatted.
 */

export type Cell = string | number | boolean | null | undefined;

function field(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : typeof v === 'boolean' ? (v ? 'true' : 'false') : v;
  // A leading = + - @ would make a spreadsheet run it as a formula.
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvText(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function csvBlob(rows: readonly (readonly Cell[])[]): Blob {
  return new Blob(['\uFEFF', csvText(rows)], { type: 'text/csv;charset=utf-8' });
}
