/**
 * How the open tables are split: every table in PARTS parts by its body (a hash
 * of body_id), so all of a body's rows are in one small file a view fetches by
 * name, with no index to read first. The folders are Hive-style
 * (`cells/part=0a3/data_0.parquet`), which DuckDB, Arrow, Spark and Polars read
 * as one table.
 */

export const PARTS = 4096;

/** The tables split by body, in the order the pages list them. */
export const TABLE_NAMES = ['cells', 'reports', 'bodies', 'checks'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Each table's parts that hold rows (`parts.json` beside the tables), for a reader of whole tables. */
export const PARTS_FILE = 'parts.json';
export interface PartsFile {
  parts: number;
  present: Record<TableName, string[]>;
}

const utf8 = new TextEncoder();

/** The part of a body: FNV-1a (32 bits) of its id's UTF-8 bytes, modulo PARTS, as three hex digits. */
export function partOf(body: string): string {
  let h = 0x811c9dc5;
  for (const byte of utf8.encode(body)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % PARTS).toString(16).padStart(3, '0');
}

/** A part's file, relative to the tables' folder. */
export const partPath = (table: TableName, part: string, ext: 'parquet' | 'csv' = 'parquet') =>
  `${table}/part=${part}/data_0.${ext}`;
