/**
 * Page geometry the PDF decoder works on, independent of pdf.js: points, origin at
 * the page's top-left, y growing downwards (the order text is read in).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A run of text as the PDF placed it. */
export interface Run extends Box {
  str: string;
  /** Font size in points. */
  size: number;
  /** Baseline for horizontal text; the top for vertical text (which reads downwards). */
  base: number;
  vertical: boolean;
}

/** An axis-aligned ruling line (a stroke, or a filled rectangle thin enough to be a border). */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the decoder reads from one page. */
export interface PageInput {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  runs: Run[];
  rules: Rule[];
}

/** A line of text: runs sharing a baseline, joined. */
export interface Line extends Box {
  text: string;
  size: number;
  page: number;
}

export const boxCenter = (b: Box): [number, number] => [(b.left + b.right) / 2, (b.top + b.bottom) / 2];

export const contains = (b: Box, x: number, y: number, slack = 0): boolean =>
  x >= b.left - slack && x <= b.right + slack && y >= b.top - slack && y <= b.bottom + slack;
