import { queryOptions } from '@tanstack/react-query';
import type * as Types from './types';
import type { BodyFile, Catalogue, YearFile } from './types';

/**
 * The library's files, fetched and validated (the validator, zod, is its own
 * chunk, as for a dataset): the catalogue, one body's years, one year's bodies.
 */

export const LIBRARY_BASE = `${import.meta.env.BASE_URL}data/library/`;

async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${url}`);
  return response.json();
}

async function validated<T>(
  url: string,
  pick: (t: typeof Types) => { parse: (x: unknown) => T },
  signal?: AbortSignal,
) {
  const [json, types] = await Promise.all([fetchJson(url, signal), import('./types')]);
  return pick(types).parse(json);
}

const options = { staleTime: Infinity, retry: false } as const;

export const catalogueQuery = () =>
  queryOptions({
    ...options,
    queryKey: ['library', 'catalogue'],
    queryFn: ({ signal }): Promise<Catalogue> => validated(`${LIBRARY_BASE}catalogue.json`, (t) => t.Catalogue, signal),
  });

export const bodyQuery = (body: string) =>
  queryOptions({
    ...options,
    queryKey: ['library', 'body', body],
    queryFn: ({ signal }): Promise<BodyFile> =>
      validated(`${LIBRARY_BASE}bodies/${encodeURIComponent(body)}.json`, (t) => t.BodyFile, signal),
  });

export const yearQuery = (year: number) =>
  queryOptions({
    ...options,
    queryKey: ['library', 'year', year],
    queryFn: ({ signal }): Promise<YearFile> =>
      validated(`${LIBRARY_BASE}years/${year}.json`, (t) => t.YearFile, signal),
  });

/** The URL of a library report's dataset, for `?data=`. */
export const reportDataUrl = (entryData: string) =>
  new URL(entryData, new URL(LIBRARY_BASE, window.location.href)).pathname;
