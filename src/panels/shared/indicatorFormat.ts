import type { Lang } from '../../data/schema';
import { formatNumber, formatSigned, formatTick } from '../../i18n/format';
import type { Indicator } from '../../library/types';

/**
 * How an indicator's number reads: a count with its noun in English (74
 * applications) and as the tables print it in Chinese (74件), a share as a
 * percentage, an amount in the unit the reports write (万元, in English
 * "× 10,000 yuan"): one unit per chart, its axis in that unit too.
 */
const WAN: Record<Lang, string> = { 'zh-Hant': '萬元', 'zh-Hans': '万元', en: '' };

/** Units a Chinese count is written with (条 in Traditional script as 條). */
const COUNT_UNIT: Record<string, Record<Lang, string>> = {
  件: { 'zh-Hant': '件', 'zh-Hans': '件', en: '' },
  条: { 'zh-Hant': '條', 'zh-Hans': '条', en: '' },
  元: { 'zh-Hant': '元', 'zh-Hans': '元', en: ' yuan' },
};
const NOUNS: Record<string, Indicator['noun']> = {
  件: { one: 'case', other: 'cases' },
  条: { one: 'item', other: 'items' },
};

/** The indicator as one report prints it: another unit (an old table's 件 for 条) brings its own noun. */
export function inUnit(ind: Indicator, unit: string | undefined): Indicator {
  if (unit === undefined || unit === ind.unit) return ind;
  const copy: Indicator = { ...ind, unit };
  delete copy.noun;
  const noun = NOUNS[unit];
  return noun ? { ...copy, noun } : copy;
}

/** The unit of an indicator's numbers in the reader's language, for tables and CSVs: 件, 條 / 条, 万元, "cases", "× 10,000 yuan". */
export function indicatorUnit(ind: Indicator, lang: Lang): string {
  if (ind.unit === '万元') return lang === 'en' ? '× 10,000 yuan' : WAN[lang];
  if (lang === 'en' && ind.noun) return ind.noun.other;
  const unit = ind.unit === undefined ? undefined : COUNT_UNIT[ind.unit];
  return (unit?.[lang] ?? ind.unit ?? '').trim();
}

/** An amount in 万元, as the report writes it (never converted): "24,252.31 × 10,000 yuan" in English. */
const wan = (text: string, lang: Lang) => (lang === 'en' ? `${text} × 10,000 yuan` : `${text}${WAN[lang]}`);

/** `decimals`: a chart's one precision for its amounts; without it, an amount as exact as it is stored. */
export function indicatorValue(ind: Indicator, value: number, lang: Lang, decimals?: number): string {
  if (ind.unit === '%') return `${formatNumber(value, lang, 1)}%`;
  const amount = decimals === undefined ? formatNumber(value, lang, 6) : fixed(value, lang, decimals);
  if (ind.unit === '万元') return wan(amount, lang);
  if (ind.unit === '元') return lang === 'en' ? `${amount} yuan` : `${amount}元`;
  const unit = ind.unit === undefined ? undefined : COUNT_UNIT[ind.unit];
  if (lang === 'en')
    return ind.noun
      ? `${formatNumber(value, lang)} ${value === 1 ? ind.noun.one : ind.noun.other}`
      : `${formatNumber(value, lang)}${unit?.en ?? ''}`;
  return `${formatNumber(value, lang)}${unit?.[lang] ?? ''}`;
}

/**
 * The number alone, as short as it reads: 154, 45.2%, 2.4万; an amount in its own unit with the
 * chart's one precision (`decimals`), so 9,116.36 and 24,252.31 sit side by side, never 2.4万 beside them.
 */
export function indicatorShort(ind: Indicator, value: number, lang: Lang, decimals = 2): string {
  if (ind.unit === '%') return `${formatNumber(value, lang, 1)}%`;
  if (ind.unit === '万元' || ind.unit === '元') return fixed(value, lang, decimals);
  return formatTick(value, undefined, {}, lang, value);
}

function fixed(value: number, lang: Lang, decimals: number): string {
  const text = formatNumber(value, lang, decimals);
  const frac = text.split('.')[1] ?? '';
  return decimals > 0 ? `${text}${frac ? '' : '.'}${'0'.repeat(decimals - frac.length)}` : text;
}

/** How many decimals an amount chart writes: as many as its values need, at most two. */
export function amountDecimals(values: readonly number[]): number {
  return Math.max(0, ...values.map((v) => Math.min(2, (String(Number(v.toFixed(2))).split('.')[1] ?? '').length)));
}

/** Said under an amount's chart: the unit its numbers are in, as the reports write it. */
export function unitNote(ind: Indicator, lang: Lang): string | null {
  if (ind.unit === '万元') return UNIT_NOTE.wan[lang];
  if (ind.unit === '元') return UNIT_NOTE.yuan[lang];
  return null;
}
const UNIT_NOTE = {
  wan: {
    en: 'In 万元 (10,000 yuan), as the reports write it.',
    'zh-Hans': '单位：万元（按报告原文）。',
    'zh-Hant': '單位：萬元（按報告原文）。',
  },
  yuan: {
    en: 'In yuan, as the reports write it.',
    'zh-Hans': '单位：元（按报告原文）。',
    'zh-Hant': '單位：元（按報告原文）。',
  },
} satisfies Record<string, Record<Lang, string>>;

export function indicatorChange(ind: Indicator, change: number, lang: Lang): string {
  if (ind.unit === '%')
    return lang === 'en'
      ? `${formatSigned(change, lang, 1)} pp`
      : `${formatSigned(change, lang, 1)}個百分點`.replace('個', lang === 'zh-Hans' ? '个' : '個');
  return formatSigned(change, lang);
}

export function indicatorTick(ind: Indicator, value: number, axisMax: number, lang: Lang): string {
  if (ind.unit === '%') return `${formatNumber(value, lang, 1)}%`;
  // An amount's axis counts in its own unit, said once under the chart: 25,000 (万元), never 2.5万 of 万元.
  if (ind.unit === '万元' || ind.unit === '元') return formatNumber(value, lang);
  return formatTick(value, undefined, {}, lang, axisMax);
}
