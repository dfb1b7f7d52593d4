import { arabicValue, chineseValue } from './numerals';

/**
 * What one table cell says. A number keeps the numeral as written and where it
 * starts; anything else (empty, "/", "—", "－", "无", a note) is a blank kept as
 * written, so a cell the report left empty can never become 0.
 */

export type CellValue =
  | {
      kind: 'number';
      value: number;
      /** The numeral as written ("1,234", "１２", "-18") and its index in the cell text. */
      valueText: string;
      index: number;
      /** A unit written in the cell ("0.5万元", "251000元"). */
      unit?: string;
      /** Text after the number that is not a unit ("（其中修订16件）"). */
      note?: string;
    }
  | { kind: 'blank'; written: string };

// Dashes, slashes and words that mean "nothing to report"; a lone 一 is a dash typed with the numeral key.
const BLANK = /^(?:[\\/／—–\-－_~～﹣…·．.。一\s]*|无|無|空|暂无|暫無|n\/?a|null)$/i;
const NUMBER = /^([-+－＋]?\s*(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?)/;
const UNIT = /^\s*(亿元|億元|万元|萬元|元|件|条|條|个|個|项|項|次|%|％)/;
const CHINESE = /^(?:零|[一二两兩三四五六七八九十][〇零一二两兩三四五六七八九十百千万萬]*)$/;

export function parseCell(text: string): CellValue {
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  if (BLANK.test(t)) return { kind: 'blank', written: text };
  if (CHINESE.test(t)) {
    const value = chineseValue(t);
    if (Number.isFinite(value)) return { kind: 'number', value, valueText: t, index: lead };
  }
  const m = NUMBER.exec(t);
  if (!m?.[1]) return { kind: 'blank', written: text };
  const value = arabicValue(m[1]);
  if (!Number.isFinite(value)) return { kind: 'blank', written: text };
  let rest = t.slice(m[1].length);
  const unit = UNIT.exec(rest);
  if (unit?.[1]) rest = rest.slice(unit[0].length);
  const note = rest.trim();
  // A digit in the note means the cell holds two numbers ("5（2）"): too ambiguous to read as one.
  if (/[0-9０-９]/.test(note) && !/^[（(].*[)）]$/.test(note)) return { kind: 'blank', written: text };
  return {
    kind: 'number',
    value: Object.is(value, -0) ? 0 : value,
    valueText: m[1],
    index: lead,
    ...(unit?.[1] ? { unit: unit[1] === '％' ? '%' : unit[1] } : {}),
    ...(note ? { note } : {}),
  };
}

/** A cell that holds a value or the lack of one (not a label). */
export function isValueLike(text: string): boolean {
  return parseCell(text).kind === 'number' || BLANK.test(text.trim());
}
