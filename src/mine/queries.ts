import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Catalogue, LibraryEntry } from '../library/types';
import { MINE_PREFIX } from '../data/url';
import { MINE_DB } from './name';
import { databaseExists } from '../review/draftsQuery';
import type { MyReport } from './record';

/**
 * The reader's reports joined to the library's: one catalogue, a body's years
 * and a year's bodies as the views read them, the reader's marked by their
 * `mine:` data. The shipped files come first; the reader's join when IndexedDB
 * answers, so a reader with none waits for nothing.
 */

export const mineQuery = () =>
  queryOptions({
    queryKey: ['mine', 'list'],
    // Dexie is its own chunk: a page that never asks for the reader's reports never loads it.
    queryFn: async (): Promise<MyReport[]> => {
      // A browser that never kept a report has no database: nothing more is loaded (Lighthouse, most readers).
      if (!(await databaseExists(MINE_DB))) return [];
      return (await import('./db')).listMine();
    },
    staleTime: Infinity,
    retry: false,
  });

/** After a report is stored or removed: every view of the reader's reports reads them again. */
export function mineChanged(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: ['mine'] });
}

export const isMine = (e: Pick<LibraryEntry, 'data'>): boolean => e.data.startsWith(MINE_PREFIX);

export function mergeCatalogue(shipped: Catalogue, mine: readonly MyReport[]): Catalogue {
  if (mine.length === 0) return shipped;
  const known = new Set(shipped.bodies.map((b) => b.id));
  const bodies = [...shipped.bodies];
  for (const m of mine)
    if (!known.has(m.body.id)) {
      known.add(m.body.id);
      bodies.push(m.body);
    }
  return { ...shipped, reports: [...shipped.reports, ...mine.map((m) => m.entry)], bodies };
}
