import type { Dataset, Fact, L10n, Lang, Noun } from '../data/schema';

/** Number and date formats per language, and how a fact's figure reads in each. */

/**
 * Grouped digits and a point, as all three languages write them (467,328;
 * 55.58). Written by hand rather than with Intl.NumberFormat: the first Intl
 * formatter of a page costs 100-150 ms on a slow phone while it loads locale
 * data, which was most of the first paint's blocking time.
 */
export function formatNumber(n: number, _lang: Lang, maxDigits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(n.toFixed(maxDigits));
  const [int = '0', frac] = String(Math.abs(rounded)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** "+2,000", "−2,000" (a true minus sign), "0": for differences. */
export function formatSigned(n: number, lang: Lang, maxDigits = 2): string {
  const abs = formatNumber(Math.abs(n), lang, maxDigits);
  if (abs === '0') return abs;
  return n > 0 ? `+${abs}` : `−${abs}`;
}

// Spelled out rather than with Intl.DateTimeFormat, whose first construction costs
// about 100 ms on a slow phone (it loads locale data) for three dates.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'en' ? `${d} ${MONTHS[m - 1] ?? m} ${y}` : `${y}年${m}月${d}日`;
}

export const text = (l: L10n, lang: Lang): string => l[lang];

type Units = Dataset['units'];

/** The plain amount of a quantity (55.58 萬人次 -> 555,800). */
export function plainValue(value: number, unit: string | undefined, units: Units): number {
  const scale = unit ? (units[unit]?.scale ?? 1) : 1;
  // Round away binary noise (55.58 * 10000 = 555799.9999999999).
  return scale === 1 ? value : Math.round(value * scale * 1e6) / 1e6;
}

/** The English word after a number: the figure's own noun, else its unit's word; singular for exactly 1. */
function englishWord(plain: number, unit: string | undefined, units: Units, noun: Noun | undefined): string {
  if (noun) return plain === 1 ? noun.one : noun.other;
  const u = unit ? units[unit] : undefined;
  if (!u) return '';
  return plain === 1 && u.one ? u.one : u.label.en;
}

/** Number and unit of an amount, separately, so templates can put 餘 between them. */
export function amountParts(
  plain: number,
  unit: string | undefined,
  units: Units,
  lang: Lang,
  noun?: Noun,
): { number: string; unit: string } {
  if (lang === 'en') {
    const word = englishWord(plain, unit, units, noun);
    return { number: formatNumber(plain, lang), unit: word === '%' || word === '' ? word : ` ${word}` };
  }
  const u = unit ? units[unit] : undefined;
  const shown = u?.scale ? plain / u.scale : plain;
  return { number: formatNumber(shown, lang, 4), unit: u ? u.label[lang] : '' };
}

/**
 * An amount with its unit, for axes and tables. Chinese keeps the report's 萬
 * (55.58萬人次); English spells the plain number (555,800 visits).
 */
export function formatAmount(plain: number, unit: string | undefined, units: Units, lang: Lang, noun?: Noun): string {
  const p = amountParts(plain, unit, units, lang, noun);
  return p.number + p.unit;
}

const WAN: Record<Lang, string> = { 'zh-Hant': '萬', 'zh-Hans': '万', en: '' };

/**
 * The unit of a plain number (a CSV's value column) in the reader's language: 人次 for 555,800 written
 * 55.58萬人次 (the scale is in the number, not the unit), "visits" in English; the report's own unit goes beside it.
 */
export function plainUnit(unit: string | undefined, units: Units, lang: Lang, noun?: Noun): string {
  const u = unit ? units[unit] : undefined;
  if (lang === 'en') return noun?.other ?? u?.label.en ?? unit ?? '';
  if (!u) return unit ?? '';
  return u.scale ? u.label[lang].replace(/^[萬万]/, '') : u.label[lang];
}

/**
 * A bare number for chart ticks, short so more of them fit: 200k, 1.5M in
 * English, 20萬 in Chinese; a unit with its own scale (萬人次) keeps the report's, named on the last tick.
 */
export function formatTick(
  plain: number,
  unit: string | undefined,
  units: Units,
  lang: Lang,
  /** The axis's last tick: every tick of an axis is written in the same form. */
  axisMax = plain,
): string {
  const u = unit ? units[unit] : undefined;
  if (u?.scale && lang !== 'en') {
    // Ticks in the report's own scale (10, 20 … of 萬人次): the last one names it, so 60 never reads as 60 visits.
    const n = formatNumber(plain / u.scale, lang, 4);
    return plain === axisMax && plain !== 0 ? `${n}${u.label[lang]}` : n;
  }
  if (plain === 0) return '0';
  if (lang === 'en') {
    if (axisMax >= 1e6) return `${formatNumber(plain / 1e6, lang, 3)}M`;
    if (axisMax >= 1e4) return `${formatNumber(plain / 1e3, lang, 3)}k`;
  } else if (axisMax >= 1e4) return `${formatNumber(plain / 1e4, lang, 4)}${WAN[lang]}`;
  return formatNumber(plain, lang);
}

type FactKey = 'fact.approx.more-than' | 'fact.approx.exceeds' | 'fact.ordinal' | 'fact.blank';

/** How a fact's figure reads: "467,328 items", "more than 7,000 items", "55.58萬人次", "30 June 2018". */
export function formatFact(
  f: Fact,
  units: Units,
  lang: Lang,
  t: (key: FactKey, p: { number: string; unit: string }) => string,
): string {
  if (f.kind === 'date') return formatDate(f.date, lang);
  // A cell without a number reads as the report wrote it, never as 0.
  if (f.kind === 'blank') return f.written.trim() || t('fact.blank', { number: '', unit: '' });
  if (f.ordinal) return t('fact.ordinal', { number: formatNumber(f.value, lang), unit: '' });
  const parts = amountParts(plainValue(f.value, f.unit, units), f.unit, units, lang, f.noun);
  return f.approx ? t(`fact.approx.${f.approx}`, parts) : parts.number + parts.unit;
}
