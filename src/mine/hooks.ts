import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { bodyQuery, catalogueQuery } from '../library/load';
import type { Body, BodyFile, Catalogue, ReportSummary } from '../library/types';
import { mergeCatalogue, mineQuery } from './queries';
import { dropRejected, rejectedByReport } from '../review/drafts';
import { reviewsQuery, type Reviews } from '../review/draftsQuery';
import type { MyReport } from './record';

/** The library's views' hooks over the joined catalogue (queries.ts): only the library's chunk loads them. */

const NONE: MyReport[] = [];
const NO_REJECTED: ReadonlyMap<string, ReadonlySet<string>> = new Map();
const NO_REVIEWS: Reviews = { list: [] };
const selectRejected = (r: Reviews) => (r.list.length > 0 ? rejectedByReport(r.list) : NO_REJECTED);

/**
 * The catalogue with the reader's reports. `settled` once IndexedDB has answered
 * (or failed: a browser without storage has the library alone), so a view never
 * drops a body or year of the reader's from its URL before it knows them.
 */
/**
 * `enabled` false: a view that lists no reports (the open data page, the console) reads no table for it.
 * `body`: one body's reports only (the trends view of a body: its part of the tables, at any scale).
 */
export function useCatalogue(enabled = true, body: string | null = null) {
  const query = useQuery({ ...catalogueQuery(body), enabled });
  const mine = useQuery(mineQuery());
  const list = mine.data ?? NONE;
  const data = useMemo(() => (query.data ? mergeCatalogue(query.data, list) : undefined), [query.data, list]);
  return { query, data, mine: list, settled: mine.isSuccess || mine.isError };
}

const byYear = (a: ReportSummary, b: ReportSummary) => a.year - b.year;

/** Report key -> facts the reader rejected: the library's views draw no value read from them. */
function useRejected(): ReadonlyMap<string, ReadonlySet<string>> {
  // The same empty map before and after IndexedDB answers (a placeholder, selected like the answer): a reader
  // with no reviews is not even re-rendered, so a body's page of charts is not drawn twice.
  return useQuery({ ...reviewsQuery(), placeholderData: NO_REVIEWS, select: selectRejected }).data ?? NO_REJECTED;
}

/** Merges where the library has the year (or body) already: the library's report is drawn, the reader's listed apart. */
function join(shipped: readonly ReportSummary[], mine: readonly ReportSummary[], key: (r: ReportSummary) => string) {
  const taken = new Set(shipped.map(key));
  const drawn = mine.filter((r) => !taken.has(key(r)));
  // Two of the reader's reports for one body and year: the first stored is drawn.
  const seen = new Set<string>();
  const unique = drawn.filter((r) => !seen.has(key(r)) && seen.add(key(r)));
  return { reports: [...shipped, ...unique].sort(byYear), apart: mine.filter((r) => !unique.includes(r)) };
}

/** One body's years: the library's file where it ships the body, and the reader's reports of that body. */
export function useBodyFile(catalogue: Catalogue, shipped: Catalogue, mine: readonly MyReport[], body: string) {
  const ships = shipped.bodies.some((b) => b.id === body);
  const query = useQuery({ ...bodyQuery(body), enabled: ships });
  const rejected = useRejected();
  const data = useMemo((): (BodyFile & { apart: ReportSummary[] }) | undefined => {
    const own = mine.filter((m) => m.body.id === body).map((m) => m.summary);
    const info = catalogue.bodies.find((b) => b.id === body);
    if (!info) return undefined;
    if (ships && !query.data) return undefined;
    const { reports, apart } = join(query.data?.reports ?? [], own, (r) => String(r.year));
    const isMine = (r: ReportSummary) => own.includes(r);
    return { body: query.data?.body ?? info, reports: dropRejected(reports, isMine, rejected), apart };
  }, [catalogue, mine, body, ships, query.data, rejected]);
  return { query, data };
}

/**
 * The reader's reports of a year, for compare: drawn beside the library's points,
 * except where the library has that body's year (then listed apart, as in trends).
 * Each of the reader's bodies is looked up in its own part of the tables.
 */
export function useMineYear(mine: readonly MyReport[], year: number) {
  const own = useMemo(() => mine.filter((m) => m.entry.year === year), [mine, year]);
  const ids = useMemo(() => [...new Set(own.map((m) => m.body.id))], [own]);
  const taken = useQueries({
    queries: ids.map((id) => catalogueQuery(id)),
    combine: (results) => ({
      ready: results.every((q) => q.data !== undefined || q.isError),
      ids: ids.filter((_id, i) => results[i]?.data?.reports.some((r) => r.year === year)).join(' '),
    }),
  });
  const rejected = useRejected();
  return useMemo(() => {
    const library = new Set(taken.ids.split(' '));
    const summaries = own.map((m) => m.summary);
    const { reports, apart } = join(
      [],
      summaries.filter((r) => !library.has(r.body)),
      (r) => r.body,
    );
    return {
      ready: taken.ready,
      reports: dropRejected(reports, () => true, rejected),
      bodies: new Map<string, Body>(own.map((m) => [m.body.id, m.body])),
      apart: [...summaries.filter((r) => library.has(r.body)), ...apart],
    };
  }, [own, taken, rejected]);
}

/** Report key -> facts the reader rejected, for the library's points (compare). */
export const useRejectedFacts = useRejected;
