import type { Dataset, Fact, L10n, Lang } from '../data/schema';

/** Number and date formats per language, and how a fact's figure reads in each. */

const LOCALE: Record<Lang, string> = { 'zh-Hant': 'zh-Hant-TW', 'zh-Hans': 'zh-Hans-CN', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang, maxDigits = 2): string {
  const key = `${lang}|${maxDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxDigits });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang !== 'en') return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

export const text = (l: L10n, lang: Lang): string => l[lang];

type Units = Dataset['units'];

/** The plain amount of a quantity (55.58 萬人次 -> 555,800). */
export function plainValue(value: number, unit: string | undefined, units: Units): number {
  const scale = unit ? (units[unit]?.scale ?? 1) : 1;
  // Round away binary noise (55.58 * 10000 = 555799.9999999999).
  return scale === 1 ? value : Math.round(value * scale * 1e6) / 1e6;
}

/** Number and unit of an amount, separately, so templates can put 餘 between them. */
export function amountParts(
  plain: number,
  unit: string | undefined,
  units: Units,
  lang: Lang,
): { number: string; unit: string } {
  const u = unit ? units[unit] : undefined;
  if (lang === 'en') {
    const word = u?.label.en ?? '';
    return { number: formatNumber(plain, lang), unit: word === '%' || word === '' ? word : ` ${word}` };
  }
  const shown = u?.scale ? plain / u.scale : plain;
  return { number: formatNumber(shown, lang, 4), unit: u ? u.label[lang] : '' };
}

/**
 * An amount with its unit, for axes and tables. Chinese keeps the report's 萬
 * (55.58萬人次); English spells the plain number (555,800 visits).
 */
export function formatAmount(plain: number, unit: string | undefined, units: Units, lang: Lang): string {
  const p = amountParts(plain, unit, units, lang);
  return p.number + p.unit;
}

/** A bare number for chart ticks, in the unit's display scale. */
export function formatTick(plain: number, unit: string | undefined, units: Units, lang: Lang): string {
  const scale = unit ? units[unit]?.scale : undefined;
  if (scale && lang !== 'en') return formatNumber(plain / scale, lang, 4);
  return formatNumber(plain, lang);
}

type FactKey = 'fact.approx.more-than' | 'fact.approx.exceeds' | 'fact.ordinal';

/** How a fact's figure reads: "467,328 items", "more than 7,000 items", "55.58萬人次", "30 June 2018". */
export function formatFact(
  f: Fact,
  units: Units,
  lang: Lang,
  t: (key: FactKey, p: { number: string; unit: string }) => string,
): string {
  if (f.kind === 'date') return formatDate(f.date, lang);
  if (f.ordinal) return t('fact.ordinal', { number: formatNumber(f.value, lang), unit: '' });
  const parts = amountParts(plainValue(f.value, f.unit, units), f.unit, units, lang);
  return f.approx ? t(`fact.approx.${f.approx}`, parts) : parts.number + parts.unit;
}
