import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { acrossOfMine } from '../../library/acrossYears';
import { bodyQuery } from '../../library/load';
import type { BodyFile, Catalogue } from '../../library/types';
import { isMine } from '../../mine/queries';
import type { MyReport } from '../../mine/record';

/**
 * Breaks across years for the reader's reports, which are counted when shown
 * (an import cannot read the library's files): each against the report of the
 * year before, the library's first, then the reader's. Report id -> failing
 * identities; absent while its body's file loads, so the board says "—", never 0.
 */
export function useMineAcross(catalogue: Catalogue, mine: readonly MyReport[]): ReadonlyMap<string, number> {
  const shipped = useMemo(() => new Set(catalogue.reports.filter((r) => !isMine(r)).map((r) => r.body)), [catalogue]);
  const bodies = useMemo(() => [...new Set(mine.map((m) => m.body.id))].filter((b) => shipped.has(b)), [mine, shipped]);
  const files = useQueries({
    queries: bodies.map((b) => bodyQuery(b)),
    combine: (results) => results.map((r) => r.data),
  });
  return useMemo(() => {
    const byBody = new Map(files.flatMap((f): [string, BodyFile][] => (f ? [[f.body.id, f]] : [])));
    const out = new Map<string, number>();
    for (const m of mine) {
      const library = byBody.get(m.body.id);
      if (shipped.has(m.body.id) && !library) continue;
      const found = acrossOfMine(m, mine, library);
      out.set(m.id, found.filter((r) => r.verdict === 'fails').length);
    }
    return out;
  }, [files, mine, shipped]);
}
