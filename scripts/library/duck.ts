import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { COLUMNS, TABLES, type Row, type TableName } from './tables';

/**
 * Writes the library's tables with DuckDB: Parquet (zstd, rows ordered by body
 * and year so a reader skips the row groups of other bodies) and CSV (UTF-8 with
 * a byte-order mark, so spreadsheet programs read the Chinese right). Rows go to
 * DuckDB as newline-delimited JSON with the column types declared in tables.ts.
 */

/** Rows per Parquet row group: a body's years are a few thousand cells, so a trends view reads one or two. */
export const ROW_GROUP_SIZE = 8192;

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The ORDER BY of each table: by body and year, then as the report lists them. */
const ORDER: Record<TableName, string> = {
  cells: 'body_id, year, report_id, _n',
  reports: 'body_id, year, report_id',
  bodies: 'body_id',
  checks: 'body_id, year, report_id, _n',
};

export async function writeTables(out: string, rows: Record<TableName, Row[]>): Promise<void> {
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'tables-'));
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  try {
    for (const table of TABLES) {
      const cols = COLUMNS[table];
      const file = join(scratch, `${table}.ndjson`);
      writeFileSync(file, rows[table].map((r, n) => JSON.stringify({ ...r, _n: n })).join('\n'));
      const types = [...cols.map((c) => `${ident(c.name)}: ${quote(c.sql)}`), `"_n": 'INTEGER'`].join(', ');
      // An empty table still gets its columns (read_json of an empty file has none to read).
      await db.run(
        `CREATE TABLE ${table} AS SELECT * FROM read_json(${quote(file)}, format = 'newline_delimited', columns = {${types}})`,
      );
      const select = `SELECT * EXCLUDE (_n) FROM ${table} ORDER BY ${ORDER[table]}`;
      await db.run(
        `COPY (${select}) TO ${quote(join(out, `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
      );
      // A whole number reads 555800 in the CSV, as the report writes it, not DuckDB's 555800.0.
      const csvCols = cols.map((c) =>
        c.sql === 'DOUBLE'
          ? `CASE WHEN ${ident(c.name)} = trunc(${ident(c.name)}) AND abs(${ident(c.name)}) < 1e15 THEN CAST(CAST(${ident(c.name)} AS BIGINT) AS VARCHAR) ELSE CAST(${ident(c.name)} AS VARCHAR) END AS ${ident(c.name)}`
          : ident(c.name),
      );
      const csv = join(out, `${table}.csv`);
      await db.run(
        `COPY (SELECT ${csvCols.join(', ')} FROM ${table} ORDER BY ${ORDER[table]}) TO ${quote(csv)} (FORMAT csv, HEADER true)`,
      );
      writeFileSync(csv, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(csv)]));
    }
  } finally {
    db.closeSync();
    instance.closeSync();
    rmSync(scratch, { recursive: true, force: true });
  }
}
