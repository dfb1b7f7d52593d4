import type { Dataset, Fact } from './schema';

/**
 * The report's text as a reader reads it: headings, paragraphs and tables
 * (rows of tab-separated cells, as the importer writes them), each cut into
 * runs at every numeral, so each figure can link to its chart and each numeral
 * that is not a figure can say so. Pure: offsets in, offsets out.
 */

export type BlockKind = 'title' | 'heading' | 'subheading' | 'paragraph' | 'table';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** For a table: each row's cells as [start, end) ranges. */
  rows?: [number, number][][];
}

const PART = /^\s*[一二三四五六七八九十]+、/;
const SECTION = /^\s*[（(][一二三四五六七八九十]+[）)]/;

export function readingBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const start = at;
    const end = at + line.length;
    at = end + 1;
    if (line.trim() === '') return;
    if (line.includes('\t')) {
      const cells: [number, number][] = [];
      let c = start;
      for (const cell of line.split('\t')) {
        cells.push([c, c + cell.length]);
        c += cell.length + 1;
      }
      const last = blocks.at(-1);
      if (last?.kind === 'table' && last.end === start - 1) {
        last.rows?.push(cells);
        last.end = end;
      } else blocks.push({ kind: 'table', start, end, rows: [cells] });
      return;
    }
    const kind: BlockKind =
      blocks.length === 0 && i < 3
        ? 'title'
        : PART.test(line)
          ? 'heading'
          : SECTION.test(line)
            ? 'subheading'
            : 'paragraph';
    blocks.push({ kind, start, end });
  });
  return blocks;
}

/** A stretch of text marked as a figure (a fact's value), a numeral that is no figure, or a search match. */
export interface Mark {
  start: number;
  end: number;
  kind: 'fact' | 'numeral' | 'match';
  /** The fact, for a figure; the reason, for a numeral the dataset lists as no figure. */
  fact?: Fact;
  reason?: string;
  /** Which search match, counting from 0. */
  index?: number;
}

export interface Run {
  start: number;
  end: number;
  /** The figure or numeral this run belongs to, if any, and whether it is inside a search match. */
  numeral: Mark | null;
  match: Mark | null;
}

const NUMERAL = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;

/**
 * Where the text's figures and other numerals are. A figure is a fact's value
 * at its offset; an Arabic numeral covered by no fact is a numeral that is not a
 * figure (with the reason, when the dataset lists it among its non-figures).
 */
export function numeralMarks(
  text: string,
  d: Pick<Dataset, 'facts' | 'nonFigures'>,
  reasonOf: (r: Dataset['nonFigures'][number]) => string,
): Mark[] {
  const facts: Mark[] = d.facts
    .filter(
      (f) => f.valueText.length > 0 && text.slice(f.valueOffset, f.valueOffset + f.valueText.length) === f.valueText,
    )
    .map((f) => ({ start: f.valueOffset, end: f.valueOffset + f.valueText.length, kind: 'fact', fact: f }));
  facts.sort((a, b) => a.start - b.start);
  const covered = (s: number, e: number) => facts.some((f) => f.start < e && s < f.end);
  const reasons: { start: number; end: number; reason: string }[] = [];
  for (const nf of d.nonFigures)
    for (let i = text.indexOf(nf.text); i >= 0; i = text.indexOf(nf.text, i + 1))
      reasons.push({ start: i, end: i + nf.text.length, reason: reasonOf(nf) });
  const others: Mark[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    const why = reasons.find((r) => r.start <= start && end <= r.end);
    others.push({ start, end, kind: 'numeral', ...(why ? { reason: why.reason } : {}) });
  }
  // Chinese numerals the dataset names as no figure (一是, 十九大) are marked too.
  for (const r of reasons)
    if (
      !/[0-9]/.test(text.slice(r.start, r.end)) &&
      !covered(r.start, r.end) &&
      !others.some((o) => o.start < r.end && r.start < o.end)
    )
      others.push({ start: r.start, end: r.end, kind: 'numeral', reason: r.reason });
  return [...facts, ...others].sort((a, b) => a.start - b.start);
}

/** Every place `query` occurs (case-insensitive for Latin letters). */
export function searchMarks(text: string, query: string): Mark[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return [];
  const lower = text.toLowerCase();
  const out: Mark[] = [];
  for (let i = lower.indexOf(q); i >= 0; i = lower.indexOf(q, i + q.length))
    out.push({ start: i, end: i + q.length, kind: 'match', index: out.length });
  return out;
}

/** [start, end) cut into runs at every mark's edge, each run knowing its numeral and match. */
export function runsOf(start: number, end: number, numerals: readonly Mark[], matches: readonly Mark[]): Run[] {
  const cuts = new Set([start, end]);
  for (const m of [...numerals, ...matches]) for (const c of [m.start, m.end]) if (c > start && c < end) cuts.add(c);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i] ?? start;
    const e = points[i + 1] ?? end;
    runs.push({
      start: s,
      end: e,
      numeral: numerals.find((m) => m.start <= s && e <= m.end) ?? null,
      match: matches.find((m) => m.start <= s && e <= m.end) ?? null,
    });
  }
  return runs;
}
