import { applicationRow, applicationRowId, groupOf } from './applications';
import { isValueLike, parseCell } from './cells';
import { newCtx, type Ctx, type TableFact } from './context';
import { cellsText, note, short, type Note } from './notes';
import type { Cell, Doc } from './doc';
import { items, type RowItem } from './grid';
import { norm } from './norm';
import { oldHeader, oldRow } from './oldtable';
import { columnOf, proactiveHeader, proactiveRow, proactiveRowOf } from './proactive';
import { reviewGroupOf, reviewRow } from './reviews';
import { numbering } from './sections';
import { APPLICATION_HEADER, PROACTIVE_CONTEXT, RESULTS, REVIEW_HEADER } from './tables2021';

/**
 * Reads the standard tables of a Doc, in any shape they come in (HTML with
 * spans, a table broken in two, Markdown, row dumps): rows stream by in
 * reading order and a small state (which part, which header, which group)
 * carries across tables and captions. Each row's label decides what it is;
 * the values are the cells after the label.
 */

export interface Recognized {
  facts: TableFact[];
  problems: Note[];
  notes: Note[];
}

const isNumber = (c: Cell) => parseCell(c.text).kind === 'number';

/** Is this text one of the labels the tables print (so the cells after it are values)? */
function knownLabel(text: string): boolean {
  const n = norm(text);
  return (
    applicationRowId(text, undefined) !== undefined ||
    groupOf(text) !== undefined ||
    proactiveRowOf(text) !== undefined ||
    columnOf(text) !== undefined ||
    PROACTIVE_CONTEXT.test(n) ||
    REVIEW_HEADER.test(n) ||
    RESULTS.some((r) => r.pattern.test(n)) ||
    /本年度办理结果/.test(n)
  );
}

/** Index of the last label cell: the last known label, else the last cell that is not a value. */
function labelEnd(cells: readonly Cell[]): number {
  let known = -1;
  let other = -1;
  cells.forEach((c, i) => {
    if (!c.text) return;
    if (knownLabel(c.text)) known = i;
    else if (!isValueLike(c.text)) other = i;
  });
  if (known < 0) return other;
  // Label text split over cells ("缴纳费用、" | "行政机关不再处理其政") continues the label.
  let end = known;
  while (cells[end + 1]?.text && !isValueLike(cells[end + 1]?.text ?? '')) end++;
  return end;
}

function onText(ctx: Ctx, text: string): void {
  const n = norm(text);
  if (n.length > 60) return; // a paragraph, not a caption
  if (/第二十条|主动公开政府信息情况/.test(n)) ctx.part = 'proactive';
  else if (/收到和处理政府信息公开申请|申请人情况|勾稽关系/.test(n))
    [ctx.part, ctx.group] = ['applications', undefined];
  else if (ctx.part === 'applications' && groupOf(text)) ctx.group = groupOf(text);
  else if (/行政复议|行政诉讼/.test(n)) [ctx.part, ctx.reviewGroup] = ['reviews', reviewGroupOf(text)];
  else if (numbering(text)?.level === 0 && !/本年度办理结果|本年新收|上年结转|结转下年度/.test(n)) ctx.part = undefined;
}

function onRow(ctx: Ctx, item: RowItem): void {
  const own = item.cells;
  if (ctx.old && ctx.old.block !== item.block) [ctx.old, ctx.part] = [undefined, undefined];
  if (oldHeader(ctx, item)) return;
  if (ctx.part === 'old' && ctx.old) return oldRow(ctx, item, ctx.old);
  const anyNumber = own.some(isNumber);
  if (own.some((c) => APPLICATION_HEADER.test(norm(c.text)))) {
    [ctx.part, ctx.group] = ['applications', undefined];
    return;
  }
  if (!anyNumber && own.some((c) => REVIEW_HEADER.test(norm(c.text)))) {
    ctx.part = 'reviews';
    const named = reviewGroupOf(own.map((c) => c.text).join(''));
    if (named) ctx.reviewGroup = named;
    return;
  }
  if (!anyNumber && proactiveHeader(ctx, own)) return;
  const cut = labelEnd(own);
  const labelCells = own.slice(0, cut + 1).filter((c) => c.text !== '');
  const values = own.slice(cut + 1);
  const labels = [...item.inherited, ...labelCells.map((c) => c.text)];
  const last = labelCells.at(-1)?.text;
  if (last !== undefined && PROACTIVE_CONTEXT.test(norm(last))) {
    ctx.part = 'proactive';
    return;
  }
  if (labelCells.length === 0) {
    if (ctx.part === 'reviews') reviewRow(ctx, item, values);
    else if (values.some(isNumber))
      ctx.problems.push(
        note('importer.noLabel', { n: values.length, section: item.section, values: cellsText(values) }),
      );
    return;
  }
  if (values.length === 0) return; // a caption or header row
  if (
    applicationRow(
      ctx,
      item,
      labels,
      labelCells.map((c) => c.text),
      values,
    )
  )
    return;
  if (last !== undefined && proactiveRow(ctx, item, last, values)) return;
  if (ctx.part === 'reviews' && values.length >= 5) {
    ctx.notes.push(note('importer.labelNotNeeded', { label: short(last ?? '') }));
    reviewRow(ctx, item, values);
    return;
  }
  if (values.some(isNumber))
    ctx.problems.push(
      note('importer.unknownLabel', {
        label: short(labels.join(' ')),
        section: item.section,
        values: cellsText(values),
      }),
    );
}

export function recognize(doc: Doc): Recognized {
  const ctx = newCtx();
  for (const item of items(doc)) {
    if (item.type === 'text') onText(ctx, item.text);
    else onRow(ctx, item);
  }
  return { facts: ctx.facts, problems: ctx.problems, notes: ctx.notes };
}
