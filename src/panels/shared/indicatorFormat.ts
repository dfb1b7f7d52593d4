import type { Lang } from '../../data/schema';
import { formatNumber, formatSigned, formatTick } from '../../i18n/format';
import type { Indicator } from '../../library/types';

/**
 * How an indicator's number reads: a count with its noun in English (74
 * applications) and as the tables print it in Chinese (74件), a share as a
 * percentage, an amount of 万元 in plain yuan in English (as a report's own
 * fee figure reads).
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

export function indicatorValue(ind: Indicator, value: number, lang: Lang): string {
  if (ind.unit === '%') return `${formatNumber(value, lang, 1)}%`;
  if (ind.unit === '万元')
    return lang === 'en' ? `${formatNumber(value * 1e4, lang, 0)} yuan` : `${formatNumber(value, lang, 4)}${WAN[lang]}`;
  const unit = ind.unit === undefined ? undefined : COUNT_UNIT[ind.unit];
  if (lang === 'en')
    return ind.noun
      ? `${formatNumber(value, lang)} ${value === 1 ? ind.noun.one : ind.noun.other}`
      : `${formatNumber(value, lang)}${unit?.en ?? ''}`;
  return `${formatNumber(value, lang)}${unit?.[lang] ?? ''}`;
}

/** The number alone, as short as it reads: 154, 45.2%, 2.4万. */
export function indicatorShort(ind: Indicator, value: number, lang: Lang): string {
  if (ind.unit === '%') return `${formatNumber(value, lang, 1)}%`;
  const plain = ind.unit === '万元' && lang === 'en' ? value * 1e4 : value;
  return formatTick(plain, undefined, {}, lang, plain);
}

export function indicatorChange(ind: Indicator, change: number, lang: Lang): string {
  if (ind.unit === '%')
    return lang === 'en'
      ? `${formatSigned(change, lang, 1)} pp`
      : `${formatSigned(change, lang, 1)}個百分點`.replace('個', lang === 'zh-Hans' ? '个' : '個');
  return formatSigned(ind.unit === '万元' && lang === 'en' ? change * 1e4 : change, lang);
}

export function indicatorTick(ind: Indicator, value: number, axisMax: number, lang: Lang): string {
  if (ind.unit === '%') return `${formatNumber(value, lang, 1)}%`;
  return formatTick(
    ind.unit === '万元' && lang === 'en' ? value * 1e4 : value,
    undefined,
    {},
    lang,
    ind.unit === '万元' && lang === 'en' ? axisMax * 1e4 : axisMax,
  );
}
