import type { Cell, Span } from './doc';
import { note, type Note } from './notes';
import type { RowItem } from './grid';
import type { LabelDef } from './tables2021';

/**
 * What the table reader knows while it walks the rows: which part it is in,
 * the header columns of part 二, the group of part 三's sub-rows, and what it
 * has found so far. Each row handler reads and updates it.
 */

export type Part = 'proactive' | 'applications' | 'reviews' | 'old';
export type TableArea = 'proactive' | 'applications' | 'reviews-lawsuits' | 'old-statistics';

/** A table cell matched to an id. */
export interface TableFact {
  /** Dotted id as REPORTS.md writes it (applications.withheld.state-secret.natural-person). */
  id: string;
  area: TableArea;
  block: number;
  section: string;
  cell: Cell;
  /** The row's line: the fact's quote. */
  row: Span;
  /** The unit its column states (万元), when the cell itself has none. */
  unit?: string;
  /** Labels for ids the fixed tables do not know (the old statistics table). */
  label?: { zh: string; en: string };
}

export interface Column {
  def: LabelDef;
  /** The header as printed, for the unit it may state ("（单位：万元）"). */
  text: string;
}

export interface OldTable {
  block: number;
  roles: ('label' | 'unit' | 'year' | 'cumulative' | undefined)[];
  headers: string[];
  parent?: { slug: string; zh: string; en: string };
  unknown: number;
}

export interface Ctx {
  part?: Part;
  columns?: Column[];
  group?: string;
  reviewGroup?: string;
  old?: OldTable;
  facts: TableFact[];
  ids: Set<string>;
  /** Rows with values that could not be read: these make a strict import fail. */
  problems: Note[];
  /** Worth saying, but nothing was lost. */
  notes: Note[];
}

export const newCtx = (): Ctx => ({ facts: [], ids: new Set(), problems: [], notes: [] });

export function emit(
  ctx: Ctx,
  item: RowItem,
  id: string,
  cell: Cell,
  area: TableArea,
  extra: Partial<TableFact> = {},
): void {
  if (ctx.ids.has(id)) {
    ctx.notes.push(note('importer.twice', { id, section: item.section }));
    return;
  }
  ctx.ids.add(id);
  ctx.facts.push({ id, area, block: item.block, section: item.section, cell, row: item.line, ...extra });
}

/** The row's value cells when there are `n`, after dropping empty cells a dump added at either end. */
export function fit(values: readonly Cell[], n: number): Cell[] | undefined {
  const v = [...values];
  while (v.length > n && v[0]?.text === '') v.shift();
  while (v.length > n && v.at(-1)?.text === '') v.pop();
  return v.length === n ? v : undefined;
}

export const quoteLabel = (s: string) => `“${s.length > 40 ? s.slice(0, 40) + '…' : s}”`;
