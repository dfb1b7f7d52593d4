import type { Block, Cell, Doc, Span } from './doc';
import { sectionPaths } from './sections';

/**
 * Tables as a stream of rows in reading order, each row with the cells that
 * start in it and the labels it inherits from row-spanning cells above (the
 * usual HTML table algorithm). Text blocks between tables stay in the stream:
 * they carry context ("行政复议", "第二十条第（五）项") for the rows after them.
 */

export interface RowItem {
  type: 'row';
  block: number;
  section: string;
  /** Texts of row-spanning cells from rows above, left of this row's own cells. */
  inherited: string[];
  /** Cells that start in this row, left to right. */
  cells: Cell[];
  /** The row's line in the text: the quote of its facts. */
  line: Span;
}

export interface TextItem {
  type: 'text';
  block: number;
  section: string;
  text: string;
}

export type Item = RowItem | TextItem;

function rowItems(table: Extract<Block, { kind: 'table' }>, block: number, section: string): RowItem[] {
  // occupied[r][c] holds the cell covering (r, c) and whether it started in row r.
  const occupied: { cell: Cell; origin: boolean }[][] = [];
  table.rows.forEach((cells, r) => {
    const here = (occupied[r] ??= []);
    let c = 0;
    for (const cell of cells) {
      while (here[c]) c++;
      for (let dr = 0; dr < cell.rowSpan && dr < 200; dr++)
        for (let dc = 0; dc < cell.colSpan && dc < 200; dc++)
          (occupied[r + dr] ??= [])[c + dc] = { cell, origin: dr === 0 };
      c += cell.colSpan;
    }
  });
  return table.rows.map((cells, r) => {
    const inherited: string[] = [];
    const seen = new Set<Cell>();
    for (const slot of occupied[r] ?? []) {
      if (!slot || slot.origin || seen.has(slot.cell)) continue;
      seen.add(slot.cell);
      if (slot.cell.text) inherited.push(slot.cell.text);
    }
    const first = cells[0];
    const last = cells.at(-1);
    const line =
      first && last
        ? { start: first.start, end: Math.max(last.end, first.end) }
        : { start: table.start, end: table.start };
    return { type: 'row', block, section, inherited, cells, line };
  });
}

export function items(doc: Doc): Item[] {
  const sections = sectionPaths(doc);
  return doc.blocks.flatMap((b, i): Item[] => {
    const section = sections[i] ?? '前言';
    return b.kind === 'table'
      ? rowItems(b, i, section)
      : [{ type: 'text', block: i, section, text: doc.text.slice(b.start, b.end) }];
  });
}
