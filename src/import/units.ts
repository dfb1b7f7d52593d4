import { toHans, toHant } from './hant';

/**
 * Measure words that may follow a figure in the text, and what each means in
 * English. A numeral counts as a figure only when one of these follows it
 * (years, dates, document numbers and names have none).
 */

interface UnitInfo {
  en: string;
  one?: string;
  scale?: number;
}

// Keyed by the Simplified form; the Traditional forms are found through toHans.
const INFO: Record<string, UnitInfo> = {
  万人次: { en: 'visits', one: 'visit', scale: 1e4 },
  人次: { en: 'visits', one: 'visit' },
  个工作日: { en: 'working days', one: 'working day' },
  工作日: { en: 'working days', one: 'working day' },
  个百分点: { en: 'percentage points', one: 'percentage point' },
  百分点: { en: 'percentage points', one: 'percentage point' },
  // Chinese keeps 24,252.31万元 as written; English spells the plain amount (242,523,100 yuan),
  // as 55.58萬人次 reads 555,800 visits.
  万元: { en: 'yuan', scale: 1e4 },
  亿元: { en: 'yuan', scale: 1e8 },
  元: { en: 'yuan' },
  万条: { en: 'items', one: 'item', scale: 1e4 },
  万件: { en: 'items', one: 'item', scale: 1e4 },
  万: { en: '', scale: 1e4 },
  亿: { en: '', scale: 1e8 },
  '%': { en: '%' },
  件: { en: 'items', one: 'item' },
  条: { en: 'items', one: 'item' },
  次: { en: 'times', one: 'time' },
  个月: { en: 'months', one: 'month' },
  个: { en: '' },
  名: { en: 'people', one: 'person' },
  项: { en: 'items', one: 'item' },
  家: { en: 'organisations', one: 'organisation' },
  场次: { en: 'sessions', one: 'session' },
  场: { en: 'sessions', one: 'session' },
  期: { en: 'editions', one: 'edition' },
  类: { en: 'categories', one: 'category' },
  级: { en: 'levels', one: 'level' },
  套: { en: 'sets', one: 'set' },
  份: { en: 'copies', one: 'copy' },
  所: { en: 'institutions', one: 'institution' },
  批次: { en: 'batches', one: 'batch' },
  篇: { en: 'articles', one: 'article' },
  人: { en: 'people', one: 'person' },
  户: { en: 'households', one: 'household' },
  天: { en: 'days', one: 'day' },
  小时: { en: 'hours', one: 'hour' },
  年: { en: 'years', one: 'year' },
  处: { en: 'places', one: 'place' },
  台: { en: 'units', one: 'unit' },
  起: { en: 'cases', one: 'case' },
  例: { en: 'cases', one: 'case' },
  宗: { en: 'cases', one: 'case' },
  部: { en: 'items', one: 'item' },
  本: { en: 'copies', one: 'copy' },
  部分: { en: 'parts', one: 'part' },
};

const SIMPLIFIED = Object.keys(INFO);
/** Every written form, longest first so 万人次 wins over 万 and 人次. */
const FORMS = [...new Set([...SIMPLIFIED, ...SIMPLIFIED.map(toHant), '％'])].sort((a, b) => b.length - a.length);

/** The unit word at the start of `text`, as written. */
export function unitAt(text: string): string | undefined {
  return FORMS.find((u) => text.startsWith(u));
}

/** The units table entry for a unit as written (Simplified or Traditional). */
export function unitEntry(written: string): {
  label: { 'zh-Hant': string; 'zh-Hans': string; en: string };
  one?: string;
  scale?: number;
} {
  const key = written === '％' ? '%' : toHans(written);
  const info = INFO[key] ?? { en: '' };
  return {
    label: { 'zh-Hant': toHant(written), 'zh-Hans': key, en: info.en },
    ...(info.one ? { one: info.one } : {}),
    ...(info.scale ? { scale: info.scale } : {}),
  };
}
