import type { Dataset } from '../../src/data/schema';

/**
 * Finds every numeral of a source text (Arabic digits and Chinese numerals) and
 * checks that each lies inside a fact's figure or a declared non-figure.
 */

export interface Numeral {
  text: string;
  offset: number;
}

const NUMERAL = /[0-9]+(?:\.[0-9]+)?|[〇零一二兩三四五六七八九十百千]+/gu;

export function findNumerals(source: string): Numeral[] {
  return [...source.matchAll(NUMERAL)].map((m) => ({ text: m[0], offset: m.index }));
}

type Span = [start: number, end: number];

function spans(d: Pick<Dataset, 'facts' | 'nonFigures'>, source: string): Span[] {
  const out: Span[] = d.facts.map((f) => [f.valueOffset, f.valueOffset + f.valueText.length]);
  for (const { text } of d.nonFigures)
    for (let i = source.indexOf(text); i >= 0; i = source.indexOf(text, i + 1)) out.push([i, i + text.length]);
  return out;
}

/** Numerals that are neither a fact's figure nor inside a non-figure. */
export function uncoveredNumerals(d: Pick<Dataset, 'facts' | 'nonFigures'>, source: string): Numeral[] {
  const covered = spans(d, source);
  return findNumerals(source).filter((n) => !covered.some(([s, e]) => n.offset >= s && n.offset + n.text.length <= e));
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads a numeral as written: "467328", "55.58", "十", "二十三". */
export function numeralValue(text: string): number {
  if (/^[0-9]+(?:\.[0-9]+)?$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c in DIGITS) digit = DIGITS[c] ?? 0;
    else if (c === '十' || c === '百' || c === '千') {
      total += (digit || 1) * { 十: 10, 百: 100, 千: 1000 }[c];
      digit = 0;
    } else return Number.NaN;
  }
  return total + digit;
}
