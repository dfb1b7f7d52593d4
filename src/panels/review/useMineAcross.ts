import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { acrossOfMine } from '../../library/acrossYears';
import { bodyQuery, catalogueQuery } from '../../library/load';
import type { BodyFile } from '../../library/types';
import type { MyReport } from '../../mine/record';

// A stable function: useQueries runs it again only when an answer changes, so the list is the same array till then.
const dataOf = (results: UseQueryResult<BodyFile>[]) => results.map((r) => r.data);

/**
 * Breaks across years for the reader's reports, which are counted when shown
 * (an import cannot read the library's files): each against the report of the
 * year before, the library's first, then the reader's. Report id -> failing
 * identities; absent while its body's file loads (or could not be read), so the
 * board says "—", never 0. `shipped`: the reader's bodies the library has reports of.
 * Each body is looked up in its own part of the tables: the board never reads the whole library for this.
 */
export function useMineAcross(mine: readonly MyReport[]): {
  across: ReadonlyMap<string, number>;
  shipped: ReadonlySet<string>;
} {
  const bodies = useMemo(() => [...new Set(mine.map((m) => m.body.id))], [mine]);
  // A string, so the answer is the same value until a part answers (useQueries' combine runs every render).
  const known = useQueries({
    queries: bodies.map((b) => catalogueQuery(b)),
    combine: (results) =>
      results.map((r) => (r.data ? (r.data.reports.length > 0 ? 'y' : 'n') : r.isError ? 'x' : '?')).join(''),
  });
  const shipped = useMemo(() => new Set(bodies.filter((_b, i) => known[i] === 'y')), [bodies, known]);
  const files = useQueries({
    queries: [...shipped].map((b) => bodyQuery(b)),
    combine: dataOf,
  });
  const across = useMemo(() => {
    const byBody = new Map(files.flatMap((f): [string, BodyFile][] => (f ? [[f.body.id, f]] : [])));
    const out = new Map<string, number>();
    for (const m of mine) {
      const k = known[bodies.indexOf(m.body.id)];
      const library = byBody.get(m.body.id);
      // Unknown yet (or unreadable), or the library's years not read yet: not counted.
      if (k !== 'n' && !(k === 'y' && library)) continue;
      const found = acrossOfMine(m, mine, library);
      out.set(m.id, found.filter((r) => r.verdict === 'fails').length);
    }
    return out;
  }, [files, mine, known, bodies]);
  return { across, shipped };
}
