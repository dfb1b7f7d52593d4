import type { Body, LibraryEntry, ReportSummary } from './types';

/**
 * The library's search, in any language: a report is found by its title, its
 * body's names and region in all three languages, the body's id (its name in
 * pinyin, without tones), its aliases and its year. A query is cut into words
 * at spaces and where the script changes, so 平潭2020, hongze2024 and
 * "hongze 2024" all work; every word must be found. Case, spaces and
 * punctuation do not count (Huai'an finds huaian).
 */

const squeeze = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/** The query's words: split at spaces and at each change between Chinese, Latin letters and digits. */
export function queryWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/\s+/)
    .flatMap((w) => w.match(/\p{Script=Han}+|[\p{L}\p{M}]+|\p{N}+/gu) ?? [])
    .map(squeeze)
    .filter(Boolean);
}

/** Everything a report can be found by, squeezed into one string. */
export function searchText(r: LibraryEntry, body: Body | undefined): string {
  const names = body ? [body.name, body.region, ...(body.parent ? [body.parent] : [])] : [];
  return squeeze(
    [
      ...Object.values(r.title),
      ...names.flatMap((n) => Object.values(n)),
      ...(body?.aliases ?? []),
      r.body.replaceAll('-', ' '),
      String(r.year),
    ].join(' '),
  );
}

export function matches(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(w));
}

/** The library's headline figures, from a report's summary: table values only (a sentence's number is not one). */
export const HEADLINE = ['new', 'disclosed', 'reviews', 'lawsuits', 'in-force'] as const;
export type HeadlineKey = (typeof HEADLINE)[number];

const READS: Record<HeadlineKey, readonly string[]> = {
  new: ['applications.new.all'],
  disclosed: ['applications.disclosed.all'],
  reviews: ['review.total'],
  // Both kinds of lawsuit: without and after a review.
  lawsuits: ['litigation-direct.total', 'litigation-after-review.total'],
  'in-force': ['proactive.normative-docs.in-force'],
};

export function headlineOf(s: Pick<ReportSummary, 'values'>): Partial<Record<HeadlineKey, number>> {
  const out: Partial<Record<HeadlineKey, number>> = {};
  for (const key of HEADLINE) {
    const points = READS[key].map((id) => s.values[id]);
    if (points.every((p) => p !== undefined && p.fromText !== true))
      out[key] = points.reduce((sum, p) => sum + (p?.value ?? 0), 0);
  }
  return out;
}

type Named = { id: string; name: Record<string, string>; aliases: readonly string[] };
const bodyWords = (b: Named) => [...Object.values(b.name), ...b.aliases, b.id.replaceAll('-', ' ')].join(' ');

/**
 * Every body's names, other names and id, each squeezed into one string: what the search at national scale
 * finds it by. Squeezed in one pass: 150,000 bodies' texts one at a time took a
 * second at 4x CPU. A private-use character between them survives the squeeze (it is neither space,
 * punctuation nor symbol) and no query word holds one.
 */
export function bodySearchTexts(bodies: readonly Named[]): string[] {
  return squeeze(bodies.map(bodyWords).join('\uE000')).split('\uE000');
}

/**
 * The first `limit` bodies whose text has every word of the query that is not a year (a year finds
 * reports, not bodies), and how many there are; none for a query of years alone.
 */
export function findBodies<T>(
  bodies: readonly T[],
  texts: readonly string[],
  words: readonly string[],
  limit: number,
): { found: T[]; total: number } {
  const named = words.filter((w) => !/^(19|20)\d\d$/.test(w));
  if (named.length === 0) return { found: [], total: 0 };
  const found: T[] = [];
  let total = 0;
  texts.forEach((text, i) => {
    if (!matches(text, named)) return;
    total++;
    const b = bodies[i];
    if (found.length < limit && b !== undefined) found.push(b);
  });
  return { found, total };
}
