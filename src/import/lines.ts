import type { Block, Cell, Doc } from './doc';

/**
 * Builds a Doc's canonical text from blocks found by a decoder: a heading or
 * paragraph per line, a table row per line with its cells joined by a tab.
 * Decoders that make up their text (HTML) use this; plain text keeps its own.
 */

export interface RawCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export type RawBlock =
  { kind: 'heading' | 'paragraph'; text: string; page?: number } | { kind: 'table'; rows: RawCell[][]; page?: number };

export function assemble(raw: readonly RawBlock[], from: Doc['from'], title?: string): Doc {
  let text = '';
  const blocks: Block[] = [];
  const page = (b: RawBlock) => (b.page === undefined ? {} : { page: b.page });
  for (const b of raw) {
    const start = text.length;
    if (b.kind !== 'table') {
      if (b.text === '') continue;
      text += b.text + '\n';
      blocks.push({ kind: b.kind, start, end: start + b.text.length, ...page(b) });
      continue;
    }
    const rows: Cell[][] = [];
    for (const r of b.rows) {
      const cells: Cell[] = [];
      r.forEach((c, i) => {
        if (i > 0) text += '\t';
        cells.push({
          text: c.text,
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
          start: text.length,
          end: text.length + c.text.length,
          ...page(b),
        });
        text += c.text;
      });
      text += '\n';
      rows.push(cells);
    }
    if (rows.length === 0) continue;
    blocks.push({ kind: 'table', rows, start, end: text.length - 1, ...page(b) });
  }
  return { text, blocks, from, ...(title ? { title } : {}) };
}
