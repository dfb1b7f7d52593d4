import type { Line, Run } from './pdf-types';

/**
 * Text from positioned runs. A PDF has no spaces of its own between runs, and
 * pdf.js guesses some from glyph gaps (justified Chinese text gets "号 ， 邮 编").
 * Chinese never has spaces between its characters, so none is kept or made there;
 * elsewhere a visible gap becomes one space.
 */

// CJK ideographs, kana, CJK and full-width punctuation, and the quotes/dashes Chinese text uses.
const CJK =
  /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]/;

export const isCjk = (ch: string | undefined): boolean => ch !== undefined && CJK.test(ch);

// Full-width punctuation carries its own spacing: a gap next to it is never a space.
const WIDE_PUNCT =
  /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018\u2019\u201C\u201D\u2014\u2026]/;
const isWidePunct = (ch: string | undefined): boolean => ch !== undefined && WIDE_PUNCT.test(ch);

const CJK_SPACE = new RegExp(`(${CJK.source})\\s+(?=${CJK.source})`, 'g');
// No lookbehind: Safari before 16.4 cannot parse it.
const PUNCT_SPACE = new RegExp(`\\s+(${WIDE_PUNCT.source})|(${WIDE_PUNCT.source})\\s+`, 'g');

/** Whitespace collapsed, none between two CJK characters or next to full-width punctuation. */
export function cleanText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(CJK_SPACE, '$1')
    .replace(PUNCT_SPACE, (_, a?: string, b?: string) => a ?? b ?? '')
    .trim();
}

/** Join two pieces of one line separated by `gap` points. */
export function joinGap(a: string, b: string, gap: number, size: number): string {
  if (!a) return b;
  if (!b) return a;
  const [x, y] = [a.at(-1), b[0]];
  const space = gap > 0.15 * size && !(isCjk(x) && isCjk(y)) && !isWidePunct(x) && !isWidePunct(y);
  return space ? `${a} ${b}` : a + b;
}

/** Join a line to the next line of the same paragraph or cell: a space only between Latin words. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return isCjk(a.at(-1)) || isCjk(b[0]) || a.endsWith('-') ? a + b : `${a} ${b}`;
}

/** Drop the second copy of a run drawn twice at (almost) the same place (a common fake bold). */
function dedupe(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const twin = out.some((o) => o.str === r.str && Math.abs(o.left - r.left) < 1.5 && Math.abs(o.base - r.base) < 1.5);
    if (!twin) out.push(r);
  }
  return out;
}

/** Group runs into lines by baseline (vertical runs stand alone), each line's runs left to right. */
export function toLines(runs: Run[], page: number): Line[] {
  const sorted = dedupe(runs.filter((r) => r.str.trim() !== '')).sort((a, b) => a.base - b.base || a.left - b.left);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups.at(-1);
    const head = g?.[0];
    if (
      g &&
      head &&
      !r.vertical &&
      !head.vertical &&
      Math.abs(r.base - head.base) <= 0.35 * Math.max(r.size, head.size)
    ) {
      g.push(r);
    } else {
      groups.push([r]);
    }
  }
  return groups.map((g) =>
    lineOf(
      g.sort((a, b) => a.left - b.left),
      page,
    ),
  );
}

function lineOf(runs: Run[], page: number): Line {
  let text = '';
  let right = -Infinity;
  let size = 0;
  for (const r of runs) {
    text = joinGap(text, cleanText(r.str), r.left - right, r.size);
    right = Math.max(right, r.right);
    size = Math.max(size, r.size);
  }
  return {
    text: cleanText(text),
    size,
    page,
    left: Math.min(...runs.map((r) => r.left)),
    top: Math.min(...runs.map((r) => r.top)),
    right,
    bottom: Math.max(...runs.map((r) => r.bottom)),
  };
}

/** A block of runs (a table cell) as one string: its lines top to bottom. */
export function runsText(runs: Run[], page: number): string {
  return toLines(runs, page).reduce((acc, l) => joinLines(acc, l.text), '');
}
