import { findGrids } from './pdf-grid';
import { continueTable, fillTable, type PTable, type TCell } from './pdf-table';
import { joinLines, toLines } from './pdf-text';
import { boxCenter, contains, type Line, type PageInput } from './pdf-types';

/**
 * Pages to blocks in reading order: lines merge into paragraphs (a paragraph ends
 * at a short line, and the next starts indented), page numbers go, headings are
 * told by their numbering or a larger font, and a table cut by a page break
 * continues as one table.
 */

export type FlowBlock =
  { kind: 'heading' | 'paragraph'; text: string; page: number } | { kind: 'table'; page: number; rows: TCell[][] };

type Piece = { kind: 'line'; line: Line; top: number } | { kind: 'table'; table: PTable; top: number };

const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d{1,3}(?:\s*\/\s*\d{1,3})?)$/;
const NUMBERED = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)])/;

const isPageNumber = (l: Line, height: number) =>
  PAGE_NUMBER.test(l.text) && (l.top > height * 0.88 || l.bottom < height * 0.12);

function pagePieces(p: PageInput): Piece[] {
  const grids = findGrids(p.rules);
  // Each run goes to the first table whose box holds its centre, or else (-1) to the lines.
  const owner = p.runs.map((r) => grids.findIndex((g) => contains(g, ...boxCenter(r), 1)));
  const runsOf = (k: number) => p.runs.filter((_, i) => owner[i] === k);
  const tables = grids.map((g, k) => fillTable(g, runsOf(k), p.page));
  const lines = toLines(runsOf(-1), p.page).filter((l) => !isPageNumber(l, p.height));
  return [
    ...lines.map((line): Piece => ({ kind: 'line', line, top: line.top })),
    ...tables.map((table): Piece => ({ kind: 'table', table, top: table.top })),
  ].sort((a, b) => a.top - b.top);
}

/** The most frequent value (by weight) of rounded numbers. */
function mode(values: [number, number][]): number {
  const count = new Map<number, number>();
  for (const [v, w] of values) count.set(Math.round(v), (count.get(Math.round(v)) ?? 0) + w);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

interface Para {
  lines: Line[];
  first: Line;
  last: Line;
}

export function layout(pages: PageInput[]): FlowBlock[] {
  const pieces = pages.map(pagePieces);
  const lines = pieces.flat().flatMap((p) => (p.kind === 'line' ? [p.line] : []));
  const body = mode(lines.map((l) => [l.size, l.text.length]));
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) <= 1);
  const left = mode(bodyLines.map((l) => [l.left, 1]));
  const right = mode(bodyLines.map((l) => [l.right, 1]));

  // Does line b go on the paragraph that line a ends?
  const continues = (a: Line, b: Line) =>
    a.right >= right - a.size &&
    Math.abs(b.left - left) <= 0.6 * b.size &&
    Math.abs(a.size - b.size) <= 0.15 * a.size &&
    (a.page !== b.page || b.top - a.bottom <= 1.2 * b.size);

  const out: (Para | PTable)[] = [];
  let tableEndedPage = false;
  for (const page of pieces) {
    page.forEach((piece, i) => {
      const last = out.at(-1);
      if (piece.kind === 'table') {
        const joined = i === 0 && tableEndedPage && last && !('lines' in last) && continueTable(last, piece.table);
        if (!joined) out.push(piece.table);
      } else if (last && 'lines' in last && continues(last.last, piece.line)) {
        last.lines.push(piece.line);
        last.last = piece.line;
      } else {
        out.push({ lines: [piece.line], first: piece.line, last: piece.line });
      }
    });
    tableEndedPage = page.at(-1)?.kind === 'table';
  }
  return out.map((b): FlowBlock => {
    if (!('lines' in b)) return { kind: 'table', page: b.page, rows: b.rows };
    const text = b.lines.reduce((acc, l) => joinLines(acc, l.text), '');
    const large = b.first.size >= body * 1.15 && b.lines.length <= 3;
    const numbered = b.lines.length === 1 && NUMBERED.test(text) && text.length <= 40 && !/[。；;！？].+/.test(text);
    return { kind: large || numbered ? 'heading' : 'paragraph', text, page: b.first.page };
  });
}
