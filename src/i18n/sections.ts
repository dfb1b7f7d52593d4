import type { Lang } from '../data/schema';
import { zhPunct } from './punct';

/**
 * Section paths as a reader of each language reads them. The dataset keeps the
 * report's own path (一(一)5); Chinese cites it as 第一部分（一）5; in English 一 looks like a dash in a Latin font,
 * so the path becomes "Part I(1)5", the preface "Preface".
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 -> 1, 十二 -> 12, 二十 -> 20 (section numbers stay below a hundred). */
export function chineseNumber(s: string): number | null {
  if (!/^[〇零一二兩两三四五六七八九十]+$/.test(s)) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (DIGITS[s] ?? null) : null;
  const tens = ten === 0 ? 1 : (DIGITS[s.slice(0, ten)] ?? NaN);
  const ones = ten === s.length - 1 ? 0 : (DIGITS[s.slice(ten + 1)] ?? NaN);
  const n = tens * 10 + ones;
  return Number.isFinite(n) ? n : null;
}

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, r] of ROMAN)
    while (n >= v) {
      out += r;
      n -= v;
    }
  return out;
}

const PATH = /^([〇零一二兩两三四五六七八九十]+)((?:[(（][〇零一二兩两三四五六七八九十]+[)）])*)(.*)$/;

export function formatSection(path: string, lang: Lang): string {
  const m = PATH.exec(path);
  const part = m?.[1] ? chineseNumber(m[1]) : null;
  if (lang !== 'en') {
    // As Chinese readers cite a report: 第二部分（四）3, never a bare 二; brackets full-width, as the original's.
    if (!m || part === null) return zhPunct(path);
    const rest = (m[3] ?? '').replace(/[(（]([^()（）]*)[)）]/g, '（$1）');
    return `第${m[1]}部分${zhPunct(m[2] ?? '')}${rest}`;
  }
  if (path === '前言') return 'Preface';
  if (!m || part === null) return path;
  const subs = [...(m[2] ?? '').matchAll(/[〇零一二兩两三四五六七八九十]+/g)].map((x) => chineseNumber(x[0]));
  if (subs.some((n) => n === null)) return path;
  return `Part ${roman(part)}${subs.map((n) => `(${n})`).join('')}${m[3] ?? ''}`;
}

export function formatSections(paths: readonly string[], lang: Lang): string {
  return paths.map((p) => formatSection(p, lang)).join(lang === 'en' ? ', ' : '、');
}
