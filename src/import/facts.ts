import type { Fact, L10n } from '../data/schema';
import { parseCell } from './cells';
import type { TableFact } from './context';
import { tagsOf } from './dimensions';
import type { Draft } from './drafts';
import { sectionEn } from './english';
import { toHans, toHant } from './hant';
import { schemaId } from './ids';
import { fixedLabel, nounOf } from './labels';

/**
 * Found cells and drafted figures -> facts of the dataset, each quoting the
 * canonical text at its offsets: a table fact quotes its row, a drafted one
 * its sentence. A cell without a number becomes a 'blank' fact, never 0.
 */

export const l10nZh = (zh: string, en: string, traditional = false): L10n =>
  traditional ? { 'zh-Hant': zh, 'zh-Hans': toHans(zh), en } : { 'zh-Hant': toHant(zh), 'zh-Hans': zh, en };

export function tableFact(text: string, f: TableFact): Fact {
  const label = f.label ?? fixedLabel(f.id) ?? { zh: f.id, en: f.id };
  const tags = tagsOf(f.id);
  const base = {
    id: schemaId(f.id),
    area: f.area,
    label: l10nZh(label.zh, label.en),
    ...(tags ? { tags } : {}),
    section: f.section,
    quote: text.slice(f.row.start, f.row.end).slice(0, 1000),
    offset: f.row.start,
    ...(f.cell.page ? { page: f.cell.page } : {}),
  };
  const v = parseCell(f.cell.text);
  if (v.kind === 'blank') {
    const written = f.cell.text.slice(0, 200);
    return { ...base, kind: 'blank', written, valueText: written, valueOffset: f.cell.start };
  }
  const valueOffset = f.cell.start + v.index;
  const unitEnd =
    v.index +
    v.valueText.length +
    (v.unit ? f.cell.text.slice(v.index + v.valueText.length).indexOf(v.unit) + v.unit.length : 0);
  // A long note stays in the text; `written` keeps the figure and its unit.
  const written = f.cell.text.length <= 40 ? f.cell.text : f.cell.text.slice(v.index, unitEnd);
  const unit = v.unit ?? f.unit;
  const noun = nounOf(f.id, unit);
  return {
    ...base,
    kind: 'quantity',
    written,
    valueText: v.valueText,
    valueOffset,
    value: v.value,
    ...(unit ? { unit } : {}),
    ...(noun ? { noun } : {}),
  };
}

export function draftFact(text: string, d: Draft, n: number, traditional: boolean): Fact {
  const base = {
    id: schemaId(`text.${n}`),
    area: 'text',
    // English names the section as an English reader reads it ("Part I(1)"), never 一（一）.
    label: l10nZh(d.label, `Figure in the text, ${sectionEn(d.section)}`, traditional),
    section: d.section,
    quote: text.slice(d.quote.start, d.quote.end),
    offset: d.quote.start,
    written: text.slice(d.written.start, d.written.end),
    valueText: d.valueText,
    valueOffset: d.valueOffset,
    drafted: true as const,
    ...(d.page ? { page: d.page } : {}),
  };
  if (d.kind === 'date' && d.date) return { ...base, kind: 'date', date: d.date };
  return {
    ...base,
    kind: 'quantity',
    value: d.value ?? Number.NaN,
    ...(d.unit ? { unit: d.unit } : {}),
    ...(d.approx ? { approx: d.approx } : {}),
  };
}
