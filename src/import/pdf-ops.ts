import type { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { apply, ID, mul, pathRules, shift, toMatrix, type Matrix } from './pdf-paths';
import type { Rule, Run } from './pdf-types';

/**
 * What the text layer lacks, read from a page's operator list: the ruling lines
 * of tables, and vertical text. pdf.js 5.6 drops glyphs from vertical runs set
 * one glyph per positioning step (WPS writes "三、本年度办理结果" that way and
 * getTextContent keeps "三、本年"), so vertical runs are rebuilt from the glyphs.
 */

/** pdf.js's operator codes, passed in so that this file loads no pdf.js code. */
export type OpCodes = typeof OPS;

interface Glyph {
  unicode?: string;
  width?: number;
  vmetric?: number[];
}

/** A vertical glyph where it was drawn, in page space. */
interface Placed {
  ch: string;
  x: number;
  y: number;
  size: number;
}

interface State {
  ctm: Matrix;
  font: string;
  size: number;
  charSpacing: number;
  leading: number;
}

export interface OpsResult {
  rules: Rule[];
  vertical: Run[];
}

/**
 * @param toPage the page viewport's transform (PDF space to page space, rotation included)
 * @param verticalFonts the loaded font names pdf.js marks vertical
 */
export function readOps(
  fnArray: number[],
  argsArray: unknown[],
  ops: OpCodes,
  toPage: Matrix,
  verticalFonts: Set<string>,
): OpsResult {
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const rules: Rule[] = [];
  const glyphs: Placed[] = [];
  const stack: State[] = [];
  // Starting from the viewport's transform, the current matrix maps straight to page space.
  let st: State = { ctm: toPage, font: '', size: 0, charSpacing: 0, leading: 0 };
  let tm = ID;
  let tlm = ID;
  const move = (tx: number, ty: number) => (tm = tlm = mul(shift(tx, ty), tlm));

  const show = (items: unknown[]) => {
    const vertical = verticalFonts.has(st.font);
    for (const g of items) {
      if (typeof g === 'number') {
        const d = (-g / 1000) * st.size;
        tm = mul(vertical ? shift(0, d) : shift(d, 0), tm);
      } else if (vertical) {
        const glyph = g as Glyph;
        const m = mul(tm, st.ctm);
        const [x, y] = apply(m, 0, 0);
        glyphs.push({ ch: glyph.unicode ?? '', x, y, size: st.size * Math.hypot(m[2], m[3]) });
        const advance = glyph.vmetric?.[0] ?? -(glyph.width ?? 1000);
        tm = mul(shift(0, (advance / 1000) * st.size - st.charSpacing), tm);
      } else {
        tm = mul(shift((((g as Glyph).width ?? 0) / 1000) * st.size + st.charSpacing, 0), tm);
      }
    }
  };

  fnArray.forEach((fn, i) => {
    const args = (argsArray[i] ?? []) as unknown[];
    const [a0, a1] = args;
    if (fn === ops.save) stack.push({ ...st });
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) st = stack.pop() ?? st;
    else if (fn === ops.transform) st.ctm = mul(toMatrix(args), st.ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ...st });
      if (a0) st.ctm = mul(toMatrix(a0), st.ctm);
    } else if (fn === ops.constructPath) {
      const data = (a1 as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
      const paint = Number(a0);
      if (data && (strokes.has(paint) || fills.has(paint))) pathRules(rules, data, st.ctm, strokes.has(paint));
    } else if (fn === ops.beginText) tm = tlm = ID;
    else if (fn === ops.setFont) [st.font, st.size] = [String(a0), Number(a1)];
    else if (fn === ops.setTextMatrix) tm = tlm = toMatrix(args.length >= 6 ? args : a0);
    else if (fn === ops.moveText) move(Number(a0), Number(a1));
    else if (fn === ops.setLeadingMoveText) {
      st.leading = -Number(a1);
      move(Number(a0), Number(a1));
    } else if (fn === ops.nextLine) move(0, -st.leading);
    else if (fn === ops.setLeading) st.leading = Number(a0);
    else if (fn === ops.setCharSpacing) st.charSpacing = Number(a0);
    else if (fn === ops.showText || fn === ops.showSpacedText) show((a0 ?? []) as unknown[]);
  });
  return { rules, vertical: verticalRuns(glyphs) };
}

/** Consecutive vertical glyphs one below the other form a run read top to bottom. */
function verticalRuns(glyphs: Placed[]): Run[] {
  const runs: Run[] = [];
  let prev: Placed | undefined;
  for (const g of glyphs) {
    const run = runs.at(-1);
    const below = prev && Math.abs(g.x - prev.x) < 0.5 * g.size && g.y > prev.y && g.y - prev.y < 2.5 * g.size;
    if (run && below) {
      run.str += g.ch;
      run.bottom = g.y + g.size;
    } else {
      const half = g.size / 2;
      runs.push({
        str: g.ch,
        size: g.size,
        vertical: true,
        base: g.y,
        left: g.x - half,
        right: g.x + half,
        top: g.y,
        bottom: g.y + g.size,
      });
    }
    prev = g;
  }
  return runs;
}
