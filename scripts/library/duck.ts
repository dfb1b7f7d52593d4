import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
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

/** Writes each table of `db` (with its `_n` order column) as Parquet and CSV into `out`. */
async function exportTables(db: DuckDBConnection, out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  for (const table of TABLES) {
    const cols = COLUMNS[table];
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
}

async function withDuckDB<T>(work: (db: DuckDBConnection) => Promise<T>): Promise<T> {
  // One thread: the same rows give byte-identical files.
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  try {
    return await work(db);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

/** Each table's row count. */
export type Counts = Record<TableName, number>;

async function counts(db: DuckDBConnection): Promise<Counts> {
  const out = {} as Counts;
  for (const table of TABLES) {
    const [row] = (await db.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${table}`)).getRowObjectsJS();
    out[table] = Number(row?.n ?? 0);
  }
  return out;
}

/** The rows as the four tables, written into `out`. */
export async function writeTables(out: string, rows: Record<TableName, Row[]>): Promise<Counts> {
  const scratch = mkdtempSync(join(tmpdir(), 'tables-'));
  try {
    return await withDuckDB(async (db) => {
      for (const table of TABLES) {
        const file = join(scratch, `${table}.ndjson`);
        writeFileSync(file, rows[table].map((r, n) => JSON.stringify({ ...r, _n: n })).join('\n'));
        const types = [...COLUMNS[table].map((c) => `${ident(c.name)}: ${quote(c.sql)}`), `"_n": 'INTEGER'`].join(', ');
        await db.run(
          `CREATE TABLE ${table} AS SELECT * FROM read_json(${quote(file)}, format = 'newline_delimited', columns = {${types}})`,
        );
      }
      await exportTables(db, out);
      return counts(db);
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Tables written by separate runs (`npm run import -- … --tables`, one per shard of a
 * batch) as one: the rows of every shard, ordered again by body and year. A report id
 * found in two shards stops the merge (the shards must not overlap); a body listed by
 * several shards is kept once.
 */
export async function mergeTables(shards: readonly string[], out: string): Promise<Counts> {
  return withDuckDB(async (db) => {
    const files = (table: string) => `[${shards.map((s) => quote(join(s, `${table}.parquet`))).join(', ')}]`;
    for (const table of TABLES) {
      const from = `read_parquet(${files(table)})`;
      await db.run(
        table === 'bodies'
          ? `CREATE TABLE bodies AS SELECT *, 0 AS _n FROM ${from} QUALIFY row_number() OVER (PARTITION BY body_id) = 1`
          : `CREATE TABLE ${table} AS SELECT *, row_number() OVER () AS _n FROM ${from}`,
      );
    }
    const twice = (
      await db.runAndReadAll('SELECT report_id FROM reports GROUP BY report_id HAVING count(*) > 1 ORDER BY 1 LIMIT 10')
    ).getRowObjectsJS();
    if (twice.length > 0)
      throw new Error(`these reports are in more than one shard: ${twice.map((r) => String(r.report_id)).join(', ')}`);
    await exportTables(db, out);
    return counts(db);
  });
}
