import type { L10n } from '../data/schema';

/**
 * How the open tables are split: every table in parts by its body (a hash of
 * body_id), so all of a body's rows are in one small file a view fetches by name.
 * How many parts grows with the library (parts.json says): one for a small one
 * (one file per table), up to 8,192 at national scale. The folders are
 * Hive-style (`cells/part=0a3/data_0.parquet`), which DuckDB, Arrow, Spark and
 * Polars read as one table.
 */

export const MAX_PARTS = 8192;
/**
 * Bodies a part holds at most (until MAX_PARTS): ten years of 16 bodies' cells are about 60 KB, so a body's
 * part of each table comes whole in the first request (TAIL_BYTES), not a footer and then a range (a round trip
 * more: 165 ms on a 4G link). At MAX_PARTS, 150,000 bodies are 18 a part: about 60 KB of cells, whole too
 * (at 4,096 parts, 37 bodies' cells were 58-169 KB: a fifth of the bodies needed the second request).
 */
export const BODIES_PER_PART = 16;

/** The parts for a library of `bodies` bodies: a power of two, 1 to MAX_PARTS. */
export function partsFor(bodies: number): number {
  let n = 1;
  while (n < MAX_PARTS && n * BODIES_PER_PART < bodies) n *= 2;
  return n;
}

/** Above this many parts (256 bodies) the bodies are not listed whole (a picker of 150,000 bodies is a search). */
export const LIST_PARTS = 256 / BODIES_PER_PART;

/** The tables split by body, in the order the pages list them. */
export const TABLE_NAMES = ['cells', 'reports', 'bodies', 'checks'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** How many parts, and each table's parts that hold rows (read from `parts.json` beside the tables). */
export const PARTS_FILE = 'parts.json';
export interface PartsFile {
  parts: number;
  present: Record<TableName, string[]>;
  /** The library's outline, the compare view's choices: reports per year, kinds of body, provinces. */
  years: Record<string, number>;
  levels: string[];
  provinces: { id: string; name: L10n }[];
}

/**
 * parts.json as written: each table's parts that hold no rows (`empty`), not the many that do. Every view reads
 * this file first; 8,192 parts named for each of four tables were 230 KB (72 KB gzip) of a trends view's 160.
 */
export interface PartsJson extends Omit<PartsFile, 'present'> {
  empty: Record<TableName, string[]>;
}

/** Every part's name, in order. */
export const partNames = (parts: number) =>
  Array.from({ length: parts }, (_, i) => i.toString(16).padStart(partDigits(parts), '0'));

/** The names of `all` that `names` does not hold, in order. */
function without(all: string[], names: readonly string[]): string[] {
  const listed = new Set(names);
  return all.filter((p) => !listed.has(p));
}

export function partsJson({ present, ...rest }: PartsFile): PartsJson {
  const all = partNames(rest.parts);
  const empty = {} as PartsJson['empty'];
  for (const t of TABLE_NAMES) empty[t] = without(all, present[t]);
  return { ...rest, empty };
}

/** The parts that hold rows, listed when first read: trends and compare never read them (32,768 names at 4x CPU). */
export function partsFromJson({ empty, ...rest }: PartsJson): PartsFile {
  let present: PartsFile['present'] | undefined;
  return {
    ...rest,
    get present() {
      if (!present) {
        const all = partNames(rest.parts);
        present = {} as PartsFile['present'];
        for (const t of TABLE_NAMES) present[t] = without(all, empty[t]);
      }
      return present;
    },
  };
}

/**
 * The part of a body among `parts`: FNV-1a (32 bits) of its id's UTF-8 bytes, modulo `parts`, in hex, as
 * many digits as the last part needs and at least three (`0a3`; `0a3f` among 8,192 parts).
 */
export function partOf(body: string, parts: number): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(body)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % parts).toString(16).padStart(partDigits(parts), '0');
}

/** Hex digits of a part's name among `parts`: at least three, so a library under 4,097 parts keeps `0a3`. */
export const partDigits = (parts: number) => Math.max(3, (parts - 1).toString(16).length);

/**
 * The bytes a reader asks of a file first, from its end: its whole footer and, for a part of the tables
 * (BODIES_PER_PART; the largest cells part of the 1.5 M-report bench library is 108 KB), all of it: a body's
 * rows then need no second request.
 */
export const TAIL_BYTES = 1 << 17;

/** A part's file, relative to the tables' folder. */
export const partPath = (table: TableName, part: string, ext: 'parquet' | 'csv' = 'parquet') =>
  `${table}/part=${part}/data_0.${ext}`;
