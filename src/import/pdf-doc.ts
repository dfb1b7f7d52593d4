import type { Block, Cell, Doc } from './doc';
import type { FlowBlock } from './pdf-flow';

/**
 * The canonical text and the blocks pointing into it: one line per heading or
 * paragraph, one line per table row with its cells joined by a tab.
 */
export function toDoc(flow: FlowBlock[], title?: string): Doc {
  let text = '';
  const blocks: Block[] = [];
  const put = (s: string) => {
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  for (const b of flow) {
    if (text) text += '\n';
    if (b.kind !== 'table') {
      blocks.push({ kind: b.kind, page: b.page, ...put(b.text) });
      continue;
    }
    const start = text.length;
    const rows: Cell[][] = b.rows.map((row, r) => {
      if (r > 0) text += '\n';
      return row.map((c, i): Cell => {
        if (i > 0) text += '\t';
        // A tab or newline inside a cell would break the row-per-line text.
        const cellText = c.text.replace(/[\t\n\r]+/g, ' ');
        return { text: cellText, rowSpan: c.rowSpan, colSpan: c.colSpan, page: c.page, ...put(cellText) };
      });
    });
    blocks.push({ kind: 'table', page: b.page, rows, start, end: text.length });
  }
  return { text, blocks, from: 'pdf', ...(title ? { title } : {}) };
}
