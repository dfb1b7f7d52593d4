import type { Block, Cell, Doc } from './doc';
import { looksLikeHeading } from './sections';

/**
 * Plain text or Markdown -> Doc. The text is kept as given (line ends made \n),
 * so every quote can be found in the file the user has; blocks point into it.
 * Tables come as Markdown pipe tables, as "[table] … [/table]" row dumps, or as
 * "--- page N table M" dumps of a PDF's tables (cells joined by " | ").
 */

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return out;
}

/** Cells of a row split at "|", each trimmed, an empty cell as an empty span where it stands. */
function cells(line: Line, pipes: boolean): Cell[] {
  let body = line.text;
  let offset = line.start;
  if (pipes) {
    const lead = body.indexOf('|');
    body = body.slice(lead + 1).replace(/\|\s*$/, '');
    offset += lead + 1;
  }
  const out: Cell[] = [];
  let at = 0;
  for (const raw of body.split('|')) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    const start = offset + at + (t ? lead : Math.min(1, raw.length));
    out.push({ text: t, start, end: start + t.length, rowSpan: 1, colSpan: 1 });
    at += raw.length + 1;
  }
  return out;
}

const PAGE_MARK = /^---\s*page\s+(\d+)\s+table\s+\d+/i;
const PAGE_FOOTER = /^\s*[-—–]\s*\d+\s*[-—–]\s*$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function lineBlock(line: Line, page: number | undefined): Block | undefined {
  const lead = /^[\s#\u3000]*/.exec(line.text)?.[0] ?? '';
  const t = line.text.slice(lead.length).trimEnd();
  if (!t || PAGE_FOOTER.test(line.text)) return undefined;
  const start = line.start + lead.length;
  const kind = lead.includes('#') || looksLikeHeading(t) ? 'heading' : 'paragraph';
  return { kind, start, end: start + t.length, ...(page === undefined ? {} : { page }) };
}

const filled = (row: Cell[]) => row.filter((c) => c.text !== '').length;
const isProse = (row: Cell[]) => filled(row) === 0 || (filled(row) === 1 && row[0]?.text !== '');

/** A PDF table dump often holds the page's prose as one-cell rows before and after the table proper. */
function splitProse(rows: Cell[][], lines: Line[], page: number | undefined): Block[] {
  const firstReal = rows.findIndex((r) => !isProse(r));
  const lastReal = rows.length - 1 - [...rows].reverse().findIndex((r) => !isProse(r));
  const asLine = (r: Cell[]) => lines.find((l) => r[0] !== undefined && l.start <= r[0].start && r[0].start <= l.end);
  const prose = (rs: Cell[][]) =>
    rs.flatMap((r) => {
      const l = asLine(r);
      const b = l && lineBlock({ ...l, text: l.text.replace(/(\s*\|\s*)+$/, '') }, page);
      return b ? [b] : [];
    });
  if (firstReal < 0) return prose(rows);
  return [
    ...prose(rows.slice(0, firstReal)),
    tableOf(rows.slice(firstReal, lastReal + 1), page),
    ...prose(rows.slice(lastReal + 1)),
  ];
}

function tableOf(rows: Cell[][], page: number | undefined): Block {
  const all = rows.flat();
  const start = Math.min(...all.map((c) => c.start));
  const end = Math.max(...all.map((c) => c.end));
  const withPage = page === undefined ? rows : rows.map((r) => r.map((c) => ({ ...c, page })));
  return { kind: 'table', rows: withPage, start, end, ...(page === undefined ? {} : { page }) };
}

export function textToDoc(input: string): Doc {
  const text = input.replace(/\r\n?/g, '\n');
  const lines = linesOf(text);
  const blocks: Block[] = [];
  let mode: 'none' | 'dump' | 'page' = 'none';
  let page: number | undefined;
  let rows: Cell[][] = [];
  const close = () => {
    if (rows.length > 0) blocks.push(...(mode === 'page' ? splitProse(rows, lines, page) : [tableOf(rows, page)]));
    rows = [];
  };
  for (const line of lines) {
    const pageMark = PAGE_MARK.exec(line.text);
    if (pageMark) {
      close();
      mode = 'page';
      page = Number(pageMark[1]);
      continue;
    }
    if (/^\s*\[table\]/i.test(line.text)) {
      close();
      mode = 'dump';
      continue;
    }
    if (/^\s*\[\/table\]/i.test(line.text)) {
      close();
      mode = 'none';
      continue;
    }
    if (mode === 'dump' || mode === 'page') {
      if (line.text.trim() !== '') rows.push(cells(line, false));
      continue;
    }
    if (PIPE_ROW.test(line.text)) {
      if (!PIPE_RULE.test(line.text)) rows.push(cells(line, true));
      continue;
    }
    close();
    const b = lineBlock(line, page);
    if (b) blocks.push(b);
  }
  close();
  return { text, blocks, from: 'text' };
}
