import type { Doc } from './doc';
import { chineseValue } from './numerals';

/**
 * The section path of every block, from the numbering that opens headings and
 * paragraphs: 一、 -> "二", （一） -> "一(一)", 1. or 1、 -> "一(一)3", (1) -> "一(一)3(2)".
 * Text before the first number is "前言" (preamble), as in the hand-built dataset.
 */

export const PREAMBLE = '前言';

const CN = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]{1,2}';
const LEVELS: readonly RegExp[] = [
  new RegExp(`^(${CN})\\s*[、．.]`),
  new RegExp(`^[（(]\\s*(${CN})\\s*[）)]`),
  new RegExp(`^(${DIGITS})\\s*(?:[、．]|\\.(?![0-9０-９]))`),
  new RegExp(`^[（(]\\s*(${DIGITS})\\s*[）)]`),
];

export interface Numbering {
  level: number;
  /** As the path writes it: 一, 一, 3, 3. */
  label: string;
  value: number;
  /** Length of the numbering prefix in the text (after leading markup). */
  length: number;
}

const halfWidth = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Leading Markdown heading marks and whitespace, which are not part of the numbering. */
export function leadLength(text: string): number {
  return /^[\s#\u3000]*/.exec(text)?.[0].length ?? 0;
}

export function numbering(text: string): Numbering | undefined {
  const lead = leadLength(text);
  const body = text.slice(lead);
  for (const [level, re] of LEVELS.entries()) {
    const m = re.exec(body);
    if (!m?.[1]) continue;
    const label = level < 2 ? m[1] : halfWidth(m[1]);
    const value = level < 2 ? chineseValue(m[1]) : Number(label);
    return { level, label, value, length: lead + m[0].length };
  }
  return undefined;
}

/** A short numbered line without a full stop reads as a heading. */
export function looksLikeHeading(text: string): boolean {
  const n = numbering(text);
  return (
    n !== undefined && n.level <= 1 && text.length <= 40 && !/[。；;]$/.test(text) && !/[。；]/.test(text.slice(0, -1))
  );
}

const format = (parts: readonly (Numbering | undefined)[]) =>
  parts.map((p, i) => (p === undefined ? '' : i === 1 || i === 3 ? `(${p.label})` : p.label)).join('') || PREAMBLE;

/**
 * Path per block (tables take the path they stand in). Top-level and second-level
 * numbers must grow, so a table label typed as a heading ("### 一、本年新收…"
 * inside part 三) does not restart the report's parts.
 */
export function sectionPaths(doc: Doc): string[] {
  const path: (Numbering | undefined)[] = [];
  return doc.blocks.map((b) => {
    if (b.kind !== 'table') {
      const n = numbering(doc.text.slice(b.start, b.end));
      const current = path[n?.level ?? 0];
      const grows = n !== undefined && (n.level > 1 || current === undefined || n.value > current.value);
      if (n && grows) {
        path[n.level] = n;
        path.length = n.level + 1;
      }
    }
    return format(path).slice(0, 40);
  });
}
