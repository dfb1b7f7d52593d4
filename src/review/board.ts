import { MINE_PREFIX } from '../data/url';
import type { Catalogue, LibraryEntry } from '../library/types';
import { reviewKey, type ReviewedCounts } from './drafts';
import { sortWord, type Sort as SortOf } from '../state/sortWord';

/**
 * The review board's rows: one per report of the collection, with what its
 * checks find (counted when it was read, review/counts.ts). Pure: sorting and
 * filtering here, so the table, its CSV and the tests agree.
 */

export const COUNT_COLUMNS = ['holds', 'errors', 'confirm', 'across', 'incomplete', 'not-run', 'drafted'] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];
export const COLUMNS = ['body', 'year', 'format', 'read', ...COUNT_COLUMNS] as const;
export type Column = (typeof COLUMNS)[number];

/** What the board can keep: reports with something to send back, with drafted figures, the library's or the reader's. */
export const ONLY = ['findings', 'drafted', 'shipped', 'mine'] as const;
export type Only = (typeof ONLY)[number];

export interface BoardRow {
  entry: LibraryEntry;
  bodyName: string;
  mine: boolean;
  /** null: not counted for this report (kept before the board counted it, or across years for an import). */
  counts: Record<CountColumn, number | null>;
}

/**
 * `reviewed`: report key -> drafted figures the reader has reviewed (review/drafts.ts), taken off the count.
 * `acrossMine`: the reader's report id -> breaks across years, counted when shown (an import counts none itself).
 */
export function boardRows(
  c: Catalogue,
  lang: 'en' | 'zh-Hans' | 'zh-Hant',
  reviewed: ReadonlyMap<string, ReviewedCounts> = new Map(),
  acrossMine: ReadonlyMap<string, number> = new Map(),
): BoardRow[] {
  const names = new Map(c.bodies.map((b) => [b.id, b.name[lang]]));
  return c.reports.map((entry) => {
    const r = entry.review;
    const mine = entry.data.startsWith(MINE_PREFIX);
    const done = reviewed.get(reviewKey(mine, entry.id));
    // What the reader's reviews took away: reviewed drafts, and the checks that left with a rejected figure.
    const less = (n: number | undefined, k: keyof ReviewedCounts) =>
      n === undefined ? null : Math.max(0, n - (done?.[k] ?? 0));
    return {
      entry,
      bodyName: names.get(entry.body) ?? entry.body,
      mine,
      counts: {
        holds: less(r?.holds, 'holds'),
        errors: less(r?.errors, 'errors'),
        confirm: less(r?.confirm, 'confirm'),
        across: r?.across ?? (mine ? (acrossMine.get(entry.id) ?? null) : null),
        incomplete: r?.incomplete ?? null,
        'not-run': less(r?.notRun, 'notRun'),
        drafted: less(r?.drafted, 'drafted'),
      },
    };
  });
}

const FINDINGS: readonly CountColumn[] = ['errors', 'confirm', 'across', 'incomplete', 'not-run'];
export const findingsOf = (r: BoardRow) => FINDINGS.reduce((s, k) => s + (r.counts[k] ?? 0), 0);

export function keep(rows: readonly BoardRow[], only: readonly Only[]): BoardRow[] {
  return rows.filter(
    (r) =>
      (!only.includes('findings') || findingsOf(r) > 0) &&
      (!only.includes('drafted') || (r.counts.drafted ?? 0) > 0) &&
      (!only.includes('mine') || r.mine) &&
      (!only.includes('shipped') || !r.mine),
  );
}

/** `errors` (counts: most first), `body` (A to Z), `year.asc` / `year` (latest first); null: most findings first. */
export type Sort = SortOf<Column>;
const WORD = sortWord(COLUMNS, new Set<Column>(['body', 'format', 'read']));

export const parseSort = (raw: string | null): Sort | null =>
  raw === null ? { column: null, descending: true } : WORD.parse(raw);
/** The URL's word for a sort: the column alone when it sorts its own way. */
export const sortParam = WORD.param;
export const toggleSort = WORD.toggle;

export function sortRows(rows: readonly BoardRow[], s: Sort, lang: string): BoardRow[] {
  const value = (r: BoardRow): number | string => {
    switch (s.column) {
      case null:
        return findingsOf(r);
      case 'body':
        return r.bodyName;
      case 'year':
        return r.entry.year;
      case 'format':
        return r.entry.format;
      case 'read':
        return r.entry.read ?? '';
      default:
        // Not counted sorts after every count, whichever way.
        return r.counts[s.column] ?? (s.descending ? -1 : Number.MAX_SAFE_INTEGER);
    }
  };
  const tie = (a: BoardRow, b: BoardRow) => a.bodyName.localeCompare(b.bodyName, lang) || b.entry.year - a.entry.year;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
    return (s.descending ? -c : c) || tie(a, b);
  });
}
