import { chineseNumber, formatSection } from '../i18n/sections';

/**
 * English strings the importer writes name sections as an English reader reads
 * them: a Chinese numeral (一 looks like a dash in a Latin font) never appears
 * in English, only inside a quote of the report or a proper name.
 */

/** A Chinese numeral an English string must not hold (一 reads as a dash in a Latin font). */
export const CJK_NUMERAL = /[〇零一二兩两三四五六七八九十]/;

/**
 * A section path as English reads it: "Preface", "Part I(1)3"; a path that does
 * not open with a part ("(一)3", numbering before the first heading) becomes
 * "Section (1)3". Never a Chinese numeral.
 */
export function sectionEn(path: string): string {
  const en = formatSection(path, 'en');
  if (!CJK_NUMERAL.test(en)) return en;
  const digits = path.replace(/[〇零一二兩两三四五六七八九十]+/g, (n) => String(chineseNumber(n) ?? '?'));
  return `Section ${digits.replace(/（/g, '(').replace(/）/g, ')')}`;
}
