import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { applyReviews, DraftReview } from './drafts';

/** The library's report "pingtan-2020" and the reader's import of it are reviewed apart. */
export const reviewKey = (mine: boolean, id: string) => `${mine ? 'mine' : 'lib'}:${id}`;

/** The IndexedDB database of reviews (draftsDb.ts opens it; here we only ask whether it exists). */
export const REVIEWS_DB = 'disclosure-reviews';

export interface Reviews {
  list: readonly DraftReview[];
  /** Loaded with the database, so a reader who never reviewed loads neither. */
  apply?: typeof applyReviews;
}

const NONE: Reviews = { list: [] };

/** False when this browser certainly keeps no review (opening Dexie would create the database). */
export const reviewsExist = (): Promise<boolean> => databaseExists(REVIEWS_DB);

/** False when this browser certainly has no such database (opening it with Dexie would create it). My reports asks too. */
export async function databaseExists(name: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  const dbs = await indexedDB.databases?.().catch(() => undefined);
  return !dbs || dbs.some((d) => d.name === name);
}

/**
 * Every review the reader made, read once and shared by the views. A browser
 * that never reviewed a figure has no database: nothing more is loaded.
 */
export const reviewsQuery = () =>
  queryOptions({
    queryKey: ['reviews'],
    queryFn: async (): Promise<Reviews> => {
      if (!(await reviewsExist())) return NONE;
      const m = await import('./draftsDb');
      return { list: await m.allReviews(), apply: m.applyReviews };
    },
    staleTime: Infinity,
    retry: false,
  });

export const reviewsChanged = (client: QueryClient) => client.invalidateQueries({ queryKey: ['reviews'] });
