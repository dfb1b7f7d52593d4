import { emit, fit, type Column, type Ctx } from './context';
import { cellsText, note, short } from './notes';
import type { Cell } from './doc';
import type { RowItem } from './grid';
import { norm } from './norm';
import { PROACTIVE_COLUMNS_2019, PROACTIVE_IDS_2019, PROACTIVE_ROWS_2019 } from './tables2019';
import { PROACTIVE_COLUMNS, PROACTIVE_IDS_2021, PROACTIVE_ROWS, type LabelDef } from './tables2021';

/**
 * Part 二: each sub-table (第二十条第（一）项 …) has a header row naming its
 * columns; the rows under it map row × column to proactive.<row>.<column>,
 * in either format. A pair neither format has is reported, not guessed.
 */

const COLUMNS: readonly LabelDef[] = [...PROACTIVE_COLUMNS, ...PROACTIVE_COLUMNS_2019];
const ROWS: readonly LabelDef[] = [...PROACTIVE_ROWS, ...PROACTIVE_ROWS_2019];
const KNOWN = new Set([...PROACTIVE_IDS_2021, ...PROACTIVE_IDS_2019]);

export const columnOf = (text: string): LabelDef | undefined => COLUMNS.find((c) => c.pattern.test(norm(text)));
export const proactiveRowOf = (text: string): LabelDef | undefined => ROWS.find((r) => r.pattern.test(norm(text)));

/** A header row of part 二 sets the columns of the rows below it. */
export function proactiveHeader(ctx: Ctx, cells: readonly Cell[]): boolean {
  const columns: Column[] = [];
  for (const c of cells) {
    const def = c.text ? columnOf(c.text) : undefined;
    if (def) columns.push({ def, text: c.text });
  }
  if (columns.length === 0) return false;
  ctx.part = 'proactive';
  ctx.columns = columns;
  return true;
}

function unitOf(header: string): string | undefined {
  return /亿元/.test(header)
    ? '亿元'
    : /万元/.test(header)
      ? '万元'
      : /[（(]?单位[:：]?元/.test(header)
        ? '元'
        : undefined;
}

export function proactiveRow(ctx: Ctx, item: RowItem, label: string, values: readonly Cell[]): boolean {
  const row = proactiveRowOf(label);
  if (!row) return false;
  ctx.part = 'proactive';
  const columns = ctx.columns;
  if (!columns) {
    ctx.problems.push(
      note('importer.noHeader', { label: short(label), section: item.section, values: cellsText(values) }),
    );
    return true;
  }
  const cells = fit(values, columns.length);
  if (!cells) {
    ctx.problems.push(
      note('importer.rowCount', {
        label: short(label),
        section: item.section,
        n: values.length,
        expected: columns.length,
        values: cellsText(values),
      }),
    );
    return true;
  }
  columns.forEach((col, i) => {
    const id = `proactive.${row.id}.${col.def.id}`;
    const cell = cells[i];
    if (!cell) return;
    if (!KNOWN.has(id)) {
      ctx.problems.push(
        note('importer.noCell', { section: item.section, label: short(row.zh), column: short(col.text) }),
      );
      return;
    }
    const unit = unitOf(col.text);
    emit(ctx, item, id, cell, 'proactive', unit ? { unit } : {});
  });
  return true;
}
