import { emit, fit, type Ctx } from './context';
import { cellsText, note } from './notes';
import type { Cell } from './doc';
import type { RowItem } from './grid';
import { norm } from './norm';
import { RESULTS, REVIEW_GROUPS } from './tables2021';

/**
 * Part 四: one row of 15 values (review, lawsuits filed directly, lawsuits
 * after review; each upheld / corrected / other / pending / total), in the
 * order the format prints them. Some reports print the three as separate
 * five-column tables under their own captions; the caption names the group.
 */

/** The sub-table a caption or header names; 'all' when it names review and lawsuits together. */
export function reviewGroupOf(text: string): string | undefined {
  const n = norm(text);
  if (/复议后起诉/.test(n) && !/直接起诉/.test(n)) return 'litigation-after-review';
  if (/直接起诉|未经复议/.test(n) && !/复议后起诉/.test(n)) return 'litigation-direct';
  if (/行政复议/.test(n) && !/行政诉讼/.test(n)) return 'review';
  if (/行政复议/.test(n) && /行政诉讼/.test(n)) return 'all';
  return undefined;
}

export function reviewRow(ctx: Ctx, item: RowItem, values: readonly Cell[]): boolean {
  const empty = values.every((c) => c.text === '');
  // Word leaves a ghost row of empty cells under the table; the values are already read.
  if (empty && ctx.ids.has('review.upheld')) return true;
  const all = fit(values, 15);
  const group = ctx.reviewGroup;
  const one = group && group !== 'all' ? fit(values, 5) : undefined;
  const groups = all ? REVIEW_GROUPS.map((g) => g.id) : one && group ? [group] : undefined;
  const cells = all ?? one;
  if (!groups || !cells) {
    if (!empty) ctx.problems.push(note('importer.reviewsCount', { n: values.length, values: cellsText(values) }));
    return true;
  }
  groups.forEach((g, gi) =>
    RESULTS.forEach((r, ri) => {
      const cell = cells[gi * RESULTS.length + ri];
      if (cell) emit(ctx, item, `${g}.${r.id}`, cell, 'reviews-lawsuits');
    }),
  );
  return true;
}
