import type { Rule } from './pdf-types';

/**
 * Matrices, and the ruling lines of one painted path: the borders that make a table.
 */

export type Matrix = [number, number, number, number, number, number];
type Point = [number, number];

export const ID: Matrix = [1, 0, 0, 1, 0, 0];

export const toMatrix = (v: unknown): Matrix => {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = Array.from(v as ArrayLike<number>);
  return [a, b, c, d, e, f];
};

/** m applied first, then n (PDF's "m × n"). */
export const mul = ([a, b, c, d, e, f]: Matrix, [p, q, r, s, t, u]: Matrix): Matrix => [
  a * p + b * r,
  a * q + b * s,
  c * p + d * r,
  c * q + d * s,
  e * p + f * r + t,
  e * q + f * s + u,
];

export const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number): Point => [
  a * x + c * y + e,
  b * x + d * y + f,
];
export const shift = (tx: number, ty: number): Matrix => [1, 0, 0, 1, tx, ty];

function addRule(rules: Rule[], [ax, ay]: Point, [bx, by]: Point) {
  const [x1, x2, y1, y2] = [Math.min(ax, bx), Math.max(ax, bx), Math.min(ay, by), Math.max(ay, by)];
  if ((x2 - x1 < 1 || y2 - y1 < 1) && Math.max(x2 - x1, y2 - y1) >= 2) rules.push({ x1, y1, x2, y2 });
}

/** A filled rectangle at most 2pt thin is a border drawn as a fill; wider fills are backgrounds. */
function thinRect(rules: Rule[], pts: Point[]) {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y2 - y1 <= 2 && x2 - x1 > 2) addRule(rules, [x1, (y1 + y2) / 2], [x2, (y1 + y2) / 2]);
  else if (x2 - x1 <= 2 && y2 - y1 > 2) addRule(rules, [(x1 + x2) / 2, y1], [(x1 + x2) / 2, y2]);
}

/** The axis-aligned lines of one painted path (pdf.js DrawOPS: 0 move, 1 line, 2 curve, 3 quad, 4 close). */
export function pathRules(rules: Rule[], data: ArrayLike<number>, ctm: Matrix, stroke: boolean) {
  const at = (i: number) => data[i] ?? 0;
  let pts: Point[] = [];
  const flush = () => {
    if (stroke) pts.slice(1).forEach((p, i) => addRule(rules, pts[i] ?? p, p));
    else if (pts.length >= 4) thinRect(rules, pts);
    pts = [];
  };
  for (let i = 0; i < data.length;) {
    const op = at(i++);
    if (op === 0 || op === 1) {
      if (op === 0) flush();
      pts.push(apply(ctm, at(i), at(i + 1)));
      i += 2;
    } else if (op === 2 || op === 3) {
      flush(); // curves are no table borders
      i += op === 2 ? 6 : 4;
    } else if (op === 4) {
      const first = pts[0];
      if (first && stroke) pts.push(first);
      flush();
    } else break;
  }
  flush();
}
