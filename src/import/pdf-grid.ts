import type { Box, Rule } from './pdf-types';

/**
 * Ruled tables from a page's lines. Touching lines form one table; the distinct x
 * of its vertical lines and y of its horizontal lines cut it into a grid, and a
 * grid cell with no line on its right (or below) merges with its neighbour:
 * that is how header cells spanning columns or rows come out.
 */

export interface GridCell extends Box {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** No line on the cell's top edge at the table's top / bottom edge at its bottom: a row cut by a page break. */
  openTop: boolean;
  openBottom: boolean;
}

export interface Grid extends Box {
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

const TOL = 2;

const isH = (r: Rule) => r.y2 - r.y1 < 1;

/** Values within TOL of each other become one (the smallest). */
function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last === undefined || v - last > TOL) out.push(v);
  }
  return out;
}

const touches = (a: Rule, b: Rule) =>
  a.x1 <= b.x2 + TOL && b.x1 <= a.x2 + TOL && a.y1 <= b.y2 + TOL && b.y1 <= a.y2 + TOL;

/** Connected groups of lines (union-find). */
function clusters(rules: Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    const p = parent[i] ?? i;
    return p === i ? i : (parent[i] = find(p));
  };
  rules.forEach((a, i) => rules.forEach((b, j) => j > i && touches(a, b) && (parent[find(i)] = find(j))));
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()];
}

export function findGrids(rules: Rule[]): Grid[] {
  return clusters(rules)
    .map(gridOf)
    .filter((g): g is Grid => g !== null);
}

function gridOf(rules: Rule[]): Grid | null {
  const hs = rules.filter(isH);
  const vs = rules.filter((r) => !isH(r));
  if (hs.length < 1 || vs.length < 2) return null; // an underline or a frame line is not a table
  const left = Math.min(...rules.map((r) => r.x1));
  const right = Math.max(...rules.map((r) => r.x2));
  const top = Math.min(...rules.map((r) => r.y1));
  const bottom = Math.max(...rules.map((r) => r.y2));
  // The outer edges sit at the extremes, not at the first value within TOL of them.
  const xs = [...distinct([left, ...vs.map((r) => r.x1)]).filter((x) => right - x > TOL), right];
  const ys = [...distinct([top, ...hs.map((r) => r.y1)]).filter((y) => bottom - y > TOL), bottom];
  const X = (k: number) => xs[k] ?? right;
  const Y = (k: number) => ys[k] ?? bottom;
  const nr = ys.length - 1;
  const nc = xs.length - 1;

  // Is there a line along x = xs[k] through the middle of row r (or along y = ys[k] through column c)?
  const vLine = (k: number, r: number) => {
    const mid = (Y(r) + Y(r + 1)) / 2;
    return vs.some((v) => Math.abs(v.x1 - X(k)) <= TOL && v.y1 < mid && v.y2 > mid);
  };
  const hLine = (k: number, c: number) => {
    const mid = (X(c) + X(c + 1)) / 2;
    return hs.some((h) => Math.abs(h.y1 - Y(k)) <= TOL && h.x1 < mid && h.x2 > mid);
  };

  const owned = new Set<number>();
  const own = (r: number, c: number) => owned.has(r * nc + c);
  const cells: GridCell[] = [];
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (own(r, c)) continue;
      let cs = 1;
      while (c + cs < nc && !vLine(c + cs, r) && !own(r, c + cs)) cs++;
      const cols = Array.from({ length: cs }, (_, i) => c + i);
      let rs = 1;
      while (r + rs < nr && cols.every((cc) => !hLine(r + rs, cc) && !own(r + rs, cc))) rs++;
      for (let i = r; i < r + rs; i++) for (const cc of cols) owned.add(i * nc + cc);
      cells.push({
        row: r,
        col: c,
        rowSpan: rs,
        colSpan: cs,
        left: X(c),
        right: X(c + cs),
        top: Y(r),
        bottom: Y(r + rs),
        openTop: r === 0 && !cols.some((cc) => hLine(0, cc)),
        openBottom: r + rs === nr && !cols.some((cc) => hLine(nr, cc)),
      });
    }
  }
  return cells.length >= 2 ? { left, top, right, bottom, xs, ys, cells } : null;
}
