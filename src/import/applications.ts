import { emit, fit, type Ctx } from './context';
import { cellsText, note, short } from './notes';
import type { Cell } from './doc';
import type { RowItem } from './grid';
import { norm } from './norm';
import { OTHER_HANDLING } from './tables2019';
import { APPLICANTS, APPLICATION_GROUPS, APPLICATION_ROWS, APPLICATION_SUBROWS } from './tables2021';

/**
 * A row of part 三 (applications): its label -> row id, its seven values ->
 * applications.<row>.<applicant>. Numbered sub-rows ("1.属于国家秘密") are told
 * apart by their words; the one label two groups could share ("3.其他") needs
 * the group, which comes from a spanning cell, the same row, or the rows before.
 */

export function groupOf(label: string): string | undefined {
  return APPLICATION_GROUPS.find((g) => g.pattern.test(norm(label)))?.id;
}

/** The row id for a label, or a reason it cannot be read; undefined when the label is not of part 三. */
export function applicationRowId(
  label: string,
  group: string | undefined,
): { id: string } | { problem: string } | undefined {
  const n = norm(label);
  const subs = APPLICATION_SUBROWS.filter((s) => s.pattern.test(n));
  if (subs.length > 0) {
    const inGroup = subs.find((s) => s.group === group);
    const only = subs.length === 1 && subs[0]?.id !== 'other.other' ? subs[0] : undefined;
    const s = inGroup ?? only;
    return s ? { id: s.id } : { problem: 'ambiguous' };
  }
  const main = APPLICATION_ROWS.find((r) => r.pattern.test(n));
  if (main) return { id: main.id };
  if (OTHER_HANDLING.pattern.test(n)) return { id: OTHER_HANDLING.id };
  return undefined;
}

/** Handles the row if its label belongs to part 三; false leaves it to other readers. */
export function applicationRow(
  ctx: Ctx,
  item: RowItem,
  labels: readonly string[],
  own: readonly string[],
  values: readonly Cell[],
): boolean {
  for (const l of labels) ctx.group = groupOf(l) ?? ctx.group;
  const last = labels.at(-1);
  if (last === undefined) return false;
  // A group caption alone ("（三）不予公开" with no values) only sets the group.
  if (groupOf(last) && !OTHER_HANDLING.pattern.test(norm(last))) return values.every((c) => c.text === '');
  // A label split over cells reads whole when its last piece says too little.
  const found = applicationRowId(last, ctx.group) ?? applicationRowId(own.join(''), ctx.group);
  if (!found) return false;
  ctx.part = 'applications';
  if ('problem' in found) {
    ctx.problems.push(note('importer.ambiguousRow', { label: short(last), values: cellsText(values) }));
    return true;
  }
  const sub = APPLICATION_SUBROWS.find((s) => s.id === found.id);
  ctx.group = sub?.group ?? (found.id === OTHER_HANDLING.id ? 'other' : undefined);
  const cells = fit(values, APPLICANTS.length);
  if (!cells) {
    ctx.problems.push(
      note('importer.rowCount', {
        label: short(last),
        section: item.section,
        n: values.length,
        expected: APPLICANTS.length,
        values: cellsText(values),
      }),
    );
    return true;
  }
  APPLICANTS.forEach((col, i) => {
    const cell = cells[i];
    if (cell) emit(ctx, item, `applications.${found.id}.${col.id}`, cell, 'applications');
  });
  return true;
}
