import type { Doc, Span } from './doc';
import { classify, digitValue, enclosed, NUMERAL, type Skipped } from './figures';
import { chineseValue } from './numerals';
import { numbering, sectionPaths } from './sections';

/**
 * Figures in the free text: every numeral (Arabic, full-width, Chinese such as
 * 十二) that figures.ts accepts, and full dates, each with its sentence as
 * quote, its section path, unit and the clause's words as label. The numbering
 * of headings is not a figure.
 */

export interface Draft {
  block: number;
  section: string;
  quote: Span;
  /** The figure as written: approximation words, numeral, unit. */
  written: Span;
  valueText: string;
  valueOffset: number;
  kind: 'quantity' | 'date';
  value?: number;
  date?: string;
  unit?: string;
  approx?: 'more-than' | 'exceeds';
  /** The clause's words before the figure, the draft's label as written. */
  label: string;
  /** The whole clause around the figure, for matching it with a table total. */
  clause: string;
  page?: number;
}

export type { Skipped } from './figures';

const DATE =
  /([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/g;
const TERMINATOR = /[。！？；!?;]/;
const CLAUSE = /[，,、：:；;。！？（(“]/;

function bounds(t: string, from: number, at: number, end: number): [number, number] {
  let s = at;
  while (s > from && !TERMINATOR.test(t[s - 1] ?? '')) s--;
  while (s < at && /\s/.test(t[s] ?? '')) s++;
  let e = end;
  while (e < t.length && !TERMINATOR.test(t[e] ?? '')) e++;
  if (e < t.length) e++;
  if (e - s <= 1000) return [s, e];
  while (s < at && !CLAUSE.test(t[s - 1] ?? '')) s++;
  return [s, Math.min(e, s + 1000)];
}

function clauseOf(t: string, from: number, at: number, end: number): string {
  let s = at;
  while (s > from && !CLAUSE.test(t[s - 1] ?? '')) s--;
  let e = end;
  while (e < t.length && !CLAUSE.test(t[e] ?? '') && !TERMINATOR.test(t[e] ?? '')) e++;
  return t.slice(s, e);
}

function labelOf(t: string, from: number, at: number, end: number, written: string): string {
  let s = at;
  while (s > from && !CLAUSE.test(t[s - 1] ?? '')) s--;
  const before = t.slice(s, at).trim();
  if (before.length >= 4) return before.slice(-60);
  let e = end;
  while (e < t.length && !CLAUSE.test(t[e] ?? '') && !TERMINATOR.test(t[e] ?? '')) e++;
  // A figure that opens its clause ("对29项涉及…") is named by the whole clause.
  return t.slice(s, e).trim().slice(0, 60) || written;
}

function isoDate(y: string, m: string, d: string): string | undefined {
  const [yy, mm, dd] = [y, m, d].map((s) => digitValue(s.replace(/○/g, '〇')));
  const year = /[0-9０-９]/.test(y) ? yy : Number([...y.replace(/○/g, '〇')].map((c) => chineseValue(c)).join(''));
  if (!year || !mm || !dd || mm > 12 || dd > 31) return undefined;
  return `${year}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export function findDrafts(doc: Doc): { drafts: Draft[]; skipped: Skipped[] } {
  const sections = sectionPaths(doc);
  const drafts: Draft[] = [];
  const skipped: Skipped[] = [];
  doc.blocks.forEach((b, block) => {
    if (b.kind === 'table') return;
    const t = doc.text.slice(b.start, b.end);
    const head = numbering(t)?.length ?? 0;
    if (head > 0) skipped.push({ text: t.slice(0, head).trim(), reason: 'numbering' });
    const inside = enclosed(t);
    const taken: Span[] = [];
    const base = { block, section: sections[block] ?? '前言', ...(b.page ? { page: b.page } : {}) };
    const push = (
      f: Pick<Draft, 'kind' | 'valueText' | 'value' | 'date' | 'unit' | 'approx'>,
      at: number,
      end: number,
      valueAt: number,
    ) => {
      const [qs, qe] = bounds(t, head, at, end);
      const written = t.slice(at, end);
      drafts.push({
        ...base,
        ...f,
        quote: { start: b.start + qs, end: b.start + qe },
        written: { start: b.start + at, end: b.start + end },
        valueOffset: b.start + valueAt,
        label: labelOf(t, head, at, end, written),
        clause: clauseOf(t, head, at, end),
      });
      taken.push({ start: at, end });
    };
    for (const m of t.matchAll(DATE)) {
      const date = m.index >= head && isoDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
      if (date) push({ kind: 'date', date, valueText: m[0] }, m.index, m.index + m[0].length, m.index);
    }
    for (const m of t.matchAll(NUMERAL)) {
      if (m.index < head || taken.some((s) => m.index >= s.start && m.index < s.end)) continue;
      const r = classify(t, m.index, m[0], inside[m.index] ?? false);
      if (!r) continue;
      if ('reason' in r) skipped.push(r);
      else
        push(
          {
            kind: 'quantity',
            valueText: r.valueText,
            value: r.value,
            ...(r.unit ? { unit: r.unit } : {}),
            ...(r.approx ? { approx: r.approx } : {}),
          },
          r.at,
          r.end,
          m.index,
        );
    }
  });
  drafts.sort((a, b) => a.valueOffset - b.valueOffset);
  return { drafts, skipped };
}
