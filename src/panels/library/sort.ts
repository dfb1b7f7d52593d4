import type { Lang } from '../../data/schema';
import type { Body, LibraryEntry } from '../../library/types';
import { HEADLINE, type HeadlineKey } from '../../library/search';
import { sortWord, type Sort as SortOf } from '../../state/sortWord';

/** The library's sortable columns; `sort=<column>` sorts its own way, `.asc`/`.desc` the other. */
export const COLUMNS = ['report', 'body', 'year', 'format', 'read', ...HEADLINE, 'checks'] as const;
export type Column = (typeof COLUMNS)[number];
export type Sort = SortOf<Column>;

// Words sort A to Z by default; numbers largest first.
const WORD = sortWord(COLUMNS, new Set<Column>(['report', 'body', 'format', 'read']));
const UNSORTED: Sort = { column: null, descending: false };

/** An unknown word in a link leaves the catalogue's order. */
export const parseSort = (raw: string | null): Sort => (raw === null ? null : WORD.parse(raw)) ?? UNSORTED;
export const sortParam = WORD.param;
export const toggleSort = WORD.toggle;

const isHeadline = (c: Column): c is HeadlineKey => (HEADLINE as readonly string[]).includes(c);

/** Sorted by the column; a figure not stated sorts last either way; ties keep the catalogue's order. */
export function sortEntries(
  rows: readonly LibraryEntry[],
  s: Sort,
  bodies: ReadonlyMap<string, Body>,
  lang: Lang,
): LibraryEntry[] {
  const { column } = s;
  if (column === null) return [...rows];
  const value = (r: LibraryEntry): string | number | undefined => {
    if (isHeadline(column)) return r.headline?.[column];
    switch (column) {
      case 'report':
        return r.title[lang];
      case 'body':
        return bodies.get(r.body)?.name[lang] ?? r.body;
      case 'year':
        return r.year;
      case 'format':
        return r.format;
      case 'read':
        return r.read;
      case 'checks':
        return r.checks.total === 0 ? undefined : r.checks.fails;
    }
  };
  const collator = new Intl.Collator(lang);
  const sign = s.descending ? -1 : 1;
  return rows
    .map((r, i) => ({ r, i, v: value(r) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) return a.v === b.v ? a.i - b.i : a.v === undefined ? 1 : -1;
      const d =
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return d === 0 ? a.i - b.i : sign * d;
    })
    .map((x) => x.r);
}
