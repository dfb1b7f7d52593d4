import { queryOptions } from '@tanstack/react-query';
import { askWorker } from '../data/askWorker';
import { MINE_PREFIX } from '../data/url';
import type { LibraryFileKind, LibraryParse } from './parseFile';
import { openParquet, readRows } from '../data/parquet';
import { bodyFileFromTables, type ReadTable } from './fromTables';
import type { BodyFile, Catalogue, YearFile } from './types';

/**
 * The library's files, fetched and validated in a worker (as a dataset is):
 * the catalogue and one year's bodies; one body's years from the open tables.
 */

export const LIBRARY_BASE = `${import.meta.env.BASE_URL}data/library/`;

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${url}`);
  return response.text();
}

/** In a worker where the browser has them (zod stays off the main thread); in this thread otherwise (tests). */
async function parse(kind: LibraryFileKind, text: string): Promise<LibraryParse> {
  if (typeof Worker === 'undefined') return (await import('./parseFile')).parseLibraryFile(kind, text);
  return askWorker<LibraryParse>(
    new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' }),
    { kind, text },
    (m) => new Error(m || 'the validator failed to start'),
  );
}

async function validated<T>(url: string, kind: LibraryFileKind, signal?: AbortSignal): Promise<T> {
  const result = await parse(kind, await fetchText(url, signal));
  if (!result.ok) throw new Error(`${url}: ${result.message}`);
  // Validated against the kind's schema in parseFile.ts.
  return result.data as T;
}

const options = { staleTime: Infinity, retry: false } as const;

export const catalogueQuery = () =>
  queryOptions({
    ...options,
    queryKey: ['library', 'catalogue'],
    queryFn: ({ signal }): Promise<Catalogue> => validated(`${LIBRARY_BASE}catalogue.json`, 'catalogue', signal),
  });

/** The open tables (public/data/tables/), read as Parquet over range requests. */
export const TABLES_BASE = `${import.meta.env.BASE_URL}data/tables/`;

const readTable: ReadTable = async (table, where, columns) =>
  readRows(await openParquet(`${TABLES_BASE}${table}.parquet`), where, columns);

/**
 * One body's years, from the open tables: only the row groups of that body's rows
 * (the tables are ordered by body) and the columns a summary reads are fetched.
 */
export async function fetchBodyFile(body: string, signal?: AbortSignal): Promise<BodyFile> {
  const file = await bodyFileFromTables(readTable, body);
  signal?.throwIfAborted();
  if (!file) throw new Error(`${TABLES_BASE}: the library has no body ${body}`);
  return file;
}

export const bodyQuery = (body: string) =>
  queryOptions({
    ...options,
    queryKey: ['library', 'body', body],
    queryFn: ({ signal }) => fetchBodyFile(body, signal),
  });

export const yearQuery = (year: number) =>
  queryOptions({
    ...options,
    queryKey: ['library', 'year', year],
    queryFn: ({ signal }): Promise<YearFile> => validated(`${LIBRARY_BASE}years/${year}.json`, 'year', signal),
  });

/** The URL of a library report's dataset, for `?data=`. */
export const reportDataUrl = (entryData: string) =>
  // The reader's own reports are opened from this browser's storage, by id.
  entryData.startsWith(MINE_PREFIX)
    ? entryData
    : new URL(entryData, new URL(LIBRARY_BASE, window.location.href)).pathname;
