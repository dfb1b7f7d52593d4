/** Reading numerals as written: Chinese (十二, 一百零五, 两万), full-width digits, thousands separators. */

const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

export const CHINESE_NUMERAL = '〇零一二两兩三四五六七八九十百千万萬亿億';

/** "十二" -> 12, "一百零五" -> 105, "两万" -> 20000; NaN when it is not a numeral. */
export function chineseValue(text: string): number {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of text) {
    const d = DIGIT[c];
    const small = SMALL[c];
    const large = LARGE[c];
    if (d !== undefined) digit = d;
    else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
    } else if (large !== undefined) {
      total += (section + (digit ?? 0)) * large;
      section = 0;
      digit = undefined;
    } else return Number.NaN;
  }
  return total + section + (digit ?? 0);
}

/** Full-width digits and signs to ASCII ("１２．５" -> "12.5"). */
export function halfWidth(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[－−]/g, '-')
    .replace(/[＋]/g, '+');
}

/** An Arabic numeral as written ("1,234", "１２", "-18", "0.5") -> its value; NaN otherwise. */
export function arabicValue(text: string): number {
  const t = halfWidth(text).replace(/\s/g, '');
  if (!/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(/,/g, ''));
}
