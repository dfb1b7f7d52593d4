import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { catalogueQuery, namesQuery } from '../../library/load';
import { bodySearchTexts, findBodies, queryWords } from '../../library/search';
import type { Catalogue } from '../../library/types';
import { useStore } from '../../state/store';

/** Bodies whose reports are listed at once at national scale: those the search finds first. */
export const FOUND = 20;

export const EMPTY_CATALOGUE: Catalogue = { schemaVersion: 1, reports: [], bodies: [], indicators: [] };

/**
 * The reports of one body's part of the tables, merged for the bodies found (useQueries' combine); null until
 * every part has answered, so a list is drawn once per search, not once per body (20 draws of a growing list
 * were most of a second at 4x CPU, in the way of the next keystroke).
 */
function merged(results: UseQueryResult<Catalogue>[]): Catalogue | null {
  if (results.some((r) => r.isPending)) return null;
  const loaded = results.flatMap((r) => (r.data ? [r.data] : []));
  return {
    schemaVersion: 1,
    reports: loaded.flatMap((c) => c.reports),
    bodies: loaded.flatMap((c) => c.bodies),
    indicators: loaded[0]?.indicators ?? [],
  };
}

/**
 * A library too large to list whole (150,000 bodies): every body's names are read from one file (names.ts)
 * and searched by the URL's `q`; the library's reports of the first bodies found (and of a body named in the
 * URL) are read from their parts. While a new search's parts are read, the last search's reports stay.
 * `eager`: the names are read at once (the library, whose list is the search), else once a word is typed.
 */
export function useFoundBodies(eager = true) {
  // Searching every body's names, and drawing the reports found, wait behind the keystroke's own paint.
  const q = useDeferredValue(useStore((s) => s.view.q));
  const words = useMemo(() => queryWords(q ?? ''), [q]);
  // Not eager (the review board): the names (2.8 MB at 150,000 bodies) are fetched once a word is typed.
  const names = useQuery({ ...namesQuery(), enabled: eager || words.length > 0 });
  const texts = useMemo(() => bodySearchTexts(names.data ?? []), [names.data]);
  const { found, total } = useMemo(
    () => findBodies(names.data ?? [], texts, words, FOUND),
    [names.data, texts, words],
  );
  // A body named in the URL (a link from its trends) is listed whatever the search.
  const body = useStore((s) => s.view.body);
  const ids = useMemo(() => [...new Set([...(body ? [body] : []), ...found.map((b) => b.id)])], [body, found]);
  const answered = useQueries({ queries: ids.map((id) => catalogueQuery(id)), combine: merged });
  const [shipped, setShipped] = useState<Catalogue>(EMPTY_CATALOGUE);
  if (answered && answered !== shipped) setShipped(answered);
  return { names, shipped, found: total, listed: found.length, searched: words.length > 0 };
}
