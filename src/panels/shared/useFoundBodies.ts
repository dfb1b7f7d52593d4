import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { catalogueQuery } from '../../library/load';
import type { Catalogue } from '../../library/types';
import { useStore } from '../../state/store';
import { useFoundNames } from './useFoundNames';

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
 * A library too large to list whole (150,000 bodies): every body's names are searched by the URL's `q`
 * (useFoundNames); the library's reports of the first bodies found (and of a body named in the URL) are read
 * from their parts. While a new search's parts are read, the last search's reports stay.
 * `eager`: the names are read at once (the library, whose list is the search), else once a word is typed.
 */
export function useFoundBodies(eager = true) {
  const q = useStore((s) => s.view.q);
  const { names, found, total, words } = useFoundNames(q ?? '', eager);
  // A body named in the URL (a link from its trends) is listed whatever the search.
  const body = useStore((s) => s.view.body);
  const ids = useMemo(() => [...new Set([...(body ? [body] : []), ...found.map((b) => b.id)])], [body, found]);
  const answered = useQueries({ queries: ids.map((id) => catalogueQuery(id)), combine: merged });
  const [shipped, setShipped] = useState<Catalogue>(EMPTY_CATALOGUE);
  if (answered && answered !== shipped) setShipped(answered);
  return { names, shipped, found: total, listed: found.length, searched: words.length > 0 };
}
