import type { Grid, GridCell } from './pdf-grid';
import { boxCenter, contains, type Box, type Run } from './pdf-types';
import { isCjk, joinLines, runsText } from './pdf-text';

/** A table on its way to a Doc block; the flags say where a page break may continue it. */
export interface TCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  page: number;
  col: number;
  openTop: boolean;
  openBottom: boolean;
}

export interface PTable extends Box {
  page: number;
  /** The column edges of the table's first part: continuations are mapped onto them. */
  xs: number[];
  rows: TCell[][];
}

/** A run crossing a cell's edge (pdf.js joins runs that touch) is cut there, by character widths. */
function cutAtCells(run: Run, grid: Grid): Run[] {
  if (run.vertical) return [run];
  const y = boxCenter(run)[1];
  const cuts = grid.cells
    .filter((c) => c.top <= y && c.bottom >= y && c.left > run.left + 1 && c.left < run.right - 1)
    .map((c) => c.left);
  if (!cuts.length) return [run];
  const chars = [...run.str].map((ch) => ({ ch, w: isCjk(ch) ? 1 : 0.5 }));
  const unit = (run.right - run.left) / chars.reduce((a, c) => a + c.w, 0);
  const out: Run[] = [];
  let x = run.left;
  let piece: Run = { ...run, str: '' };
  for (const { ch, w } of chars) {
    const mid = x + (w * unit) / 2;
    if (cuts.some((c) => c < mid && c > piece.left)) {
      out.push({ ...piece, right: x });
      piece = { ...run, str: '', left: x };
    }
    piece.str += ch;
    x += w * unit;
  }
  out.push({ ...piece, right: run.right });
  return out.filter((p) => p.str.trim());
}

/** The grid's cells with the text of the runs whose centre falls inside them. */
export function fillTable(grid: Grid, runs: Run[], page: number): PTable {
  const inCell = new Map<GridCell, Run[]>(grid.cells.map((c) => [c, []]));
  for (const run of runs.flatMap((r) => cutAtCells(r, grid))) {
    const [x, y] = boxCenter(run);
    const cell = grid.cells.find((c) => contains(c, x, y)) ?? grid.cells.find((c) => contains(c, x, y, 2));
    if (cell) inCell.get(cell)?.push(run);
  }
  const rows: TCell[][] = grid.ys.slice(1).map(() => []);
  for (const c of grid.cells) {
    const text = runsText(inCell.get(c) ?? [], page);
    const { rowSpan, colSpan, col, openTop, openBottom } = c;
    rows[c.row]?.push({ text, rowSpan, colSpan, page, col, openTop, openBottom });
  }
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  return { page, xs: grid.xs, rows, left: grid.left, top: grid.top, right: grid.right, bottom: grid.bottom };
}

/** For each of `next`'s column edges, the index of the same edge in `prev`; null when the columns differ. */
function columnMap(prev: number[], next: number[]): number[] | null {
  const map = next.map((x) => prev.findIndex((p) => Math.abs(p - x) <= 3));
  if (map.some((i) => i < 0) || map[0] !== 0 || map.at(-1) !== prev.length - 1) return null;
  return map;
}

const letters = (t: string) => (t.match(/\p{L}/gu) ?? []).length;

/**
 * Is `c`, in the first row of a continuation, the rest of `above` cut by the page?
 * Yes when the break left both edges open; or when WPS closed them but `c` is an
 * empty row-header slot: `above` is a label and a label follows `c` in its row.
 */
function continues(above: TCell, c: TCell, row: TCell[]): boolean {
  if (above.colSpan !== c.colSpan) return false;
  if (above.openBottom && c.openTop) return true;
  return c.text === '' && letters(above.text) >= 2 && row.some((d) => d.col > c.col && letters(d.text) >= 2);
}

/**
 * Append `next` (the top of the following page) to `prev` when it is the same
 * table broken by the page: same column edges. A cell cut by the break stays one
 * cell: its rowSpan grows.
 */
export function continueTable(prev: PTable, next: PTable): boolean {
  const map = columnMap(prev.xs, next.xs);
  if (!map) return false;
  const edge = (i: number) => map[i] ?? 0; // in range: map has an entry per edge of `next`
  const bottom = new Map<number, TCell>();
  prev.rows.forEach((row, r) => row.forEach((c) => r + c.rowSpan === prev.rows.length && bottom.set(c.col, c)));
  next.rows.forEach((row, r) => {
    const mapped = row.map((c) => ({ ...c, col: edge(c.col), colSpan: edge(c.col + c.colSpan) - edge(c.col) }));
    const out: TCell[] = [];
    for (const cell of mapped) {
      const above = r === 0 ? bottom.get(cell.col) : undefined;
      if (above && continues(above, cell, mapped)) {
        above.rowSpan += cell.rowSpan;
        above.text = joinLines(above.text, cell.text);
        above.openBottom = cell.openBottom;
      } else {
        out.push(cell);
      }
    }
    prev.rows.push(out);
  });
  return true;
}
