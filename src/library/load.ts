import { queryOptions } from '@tanstack/react-query';
import { MINE_PREFIX } from '../data/url';
import { openParquet } from '../data/parquet';
import { readTableFile, tablesWorker } from '../data/tablesOffMain';
import { TABLES_BASE } from '../query/tables';
import { BODY_COLUMNS, bodyFileFromTables, bodyFromRow, catalogueFromTables, readByParts } from './fromTables';
import { partsLayout } from './partsLayout';
import { NAMES_PATH, readNames } from './names';
import { LIST_PARTS, type PartsFile } from './parts';
import { nextTask, pointsPath, readTopYear, readYearPoints, topPath, type Keep, type YearPoints } from './points';
import type { Body, BodyFile, Catalogue, Indicator } from './types';

/**
 * The library's views read the open tables (public/data/tables/, Parquet over
 * range requests): the list of reports, one body's years, one year's bodies.
 */

export const LIBRARY_BASE = `${import.meta.env.BASE_URL}data/library/`;

const options = { staleTime: Infinity, retry: false } as const;

/** The library's list: every report, or one body's (read from its part alone). */
export const catalogueQuery = (body: string | null = null) =>
  queryOptions({
    ...options,
    queryKey: ['library', 'catalogue', body],
    queryFn: async ({ signal }): Promise<Catalogue> => {
      const catalogue = await fetchCatalogue(body);
      signal.throwIfAborted();
      return catalogue;
    },
  });

/** Every report and body, or one body's (from its part alone): the import worker reads a body's this way too. */
export const fetchCatalogue = (body: string | null) =>
  catalogueFromTables(readTable, body === null ? {} : { body_id: body });

/** Every body's names (names.ts), read whole. */
export const fetchNames = async () => readNames(await openParquet(`${TABLES_BASE}${NAMES_PATH}`));

/** Whether the library is small enough to list every report and body at once. */
export const listsWhole = (layout: PartsFile) =>
  layout.parts <= LIST_PARTS || layout.present.bodies.length <= LIST_PARTS;

/** Every body's names (names.ts), for the library's search at national scale. */
export const namesQuery = () =>
  queryOptions({
    ...options,
    queryKey: ['library', 'names'],
    queryFn: fetchNames,
  });

/** Every body of the library, to pick one from; null when the library is too large to list. */
export const bodyListQuery = () =>
  queryOptions({
    ...options,
    queryKey: ['library', 'body-list'],
    queryFn: async (): Promise<Body[] | null> => {
      if (!listsWhole(await partsLayout())) return null;
      return (await readTable('bodies', {}, BODY_COLUMNS)).map(bodyFromRow).sort((a, b) => (a.id < b.id ? -1 : 1));
    },
  });

// Decoded in a worker where the page can start one (data/tablesOffMain.ts): a body's four tables are long tasks here.
const readTable = readByParts(
  (path, where, columns) => readTableFile(`${TABLES_BASE}${path}`, where, columns),
  partsLayout,
);

/**
 * One body's years, from the open tables: only the row groups of that body's rows
 * (the tables are ordered by body) and the columns a summary reads are fetched.
 */
export async function fetchBodyFile(body: string, signal?: AbortSignal): Promise<BodyFile> {
  tablesWorker();
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

/** The library's outline (parts.json): reports per year, kinds of body, provinces. */
export const outlineQuery = () => queryOptions({ ...options, queryKey: ['library', 'outline'], queryFn: partsLayout });

/** An indicator's points file (its footer read once), asked for as early as the view knows the indicator. */
export const openPoints = (indicator: string) => openParquet(`${TABLES_BASE}${pointsPath(indicator)}`);
export const openTop = (indicator: string) => openParquet(`${TABLES_BASE}${topPath(indicator)}`);
/** Nothing kept: the year's top is in the `top` table (points.ts); a kind of body or province reads the points. */
export const keepsAll = (keep: Keep) => !keep.level && !keep.province;

/** One indicator of one year across the library, kept by kind of body and province (points.ts). */
export const pointsQuery = (indicator: Indicator, year: number, keep: Keep) =>
  queryOptions({
    ...options,
    queryKey: ['library', 'points', indicator.id, year, keep.level, keep.province],
    queryFn: async ({ signal }): Promise<YearPoints> => {
      const [layout, top] = await Promise.all([partsLayout(), keepsAll(keep) ? openTop(indicator.id) : undefined]);
      const provinces = new Map(layout.provinces.map((p) => [p.id, p.name]));
      // Tables written before the top table (or none for this figure): the points it is made from.
      const file = top ? undefined : await openPoints(indicator.id);
      // The file's footer was decoded in this task: its rows are decoded in the next (points.ts steps too).
      await nextTask();
      const points = top
        ? await readTopYear(top, indicator, year, provinces)
        : await readYearPoints(file, indicator, year, keep, provinces);
      signal.throwIfAborted();
      return points;
    },
  });

/** The URL of a library report's dataset, for `?data=`. */
export const reportDataUrl = (entryData: string) =>
  // The reader's own reports are opened from this browser's storage, by id.
  entryData.startsWith(MINE_PREFIX)
    ? entryData
    : new URL(entryData, new URL(LIBRARY_BASE, window.location.href)).pathname;
