import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PARTS_FILE, partOf, partPath, partsFor, type PartsFile } from '../../src/library/parts';
import { COLUMNS, TABLES, type Row, type TableName } from '../../src/library/tableRows';

/**
 * Writes the library's tables with DuckDB, each split by body into parts
 * (src/library/parts.ts: `cells/part=0a3/data_0.parquet`): Parquet (zstd, rows
 * ordered by body and year so a reader skips the row groups of other bodies) and
 * CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese
 * right). Rows go to DuckDB as newline-delimited JSON with the column types
 * declared in tables.ts, each with its body's part.
 */

/** Rows per Parquet row group: a body's years are a few thousand cells, so a trends view reads one or two. */
export const ROW_GROUP_SIZE = 8192;

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The ORDER BY of each table: by part, body and year, then as the report lists them. */
const ORDER: Record<TableName, string> = {
  cells: 'part, body_id, year, report_id, _n',
  reports: 'part, body_id, year, report_id',
  bodies: 'part, body_id',
  checks: 'part, body_id, year, report_id, _n',
};

/** A COPY of the rows in order into one folder per part (DuckDB keeps the order within each file). */
const partitioned = (select: string, dir: string, options: string) =>
  `COPY (${select}) TO ${quote(dir)} (${options}, PARTITION_BY (part), FILENAME_PATTERN 'data_{i}', OVERWRITE_OR_IGNORE)`;

/**
 * Writes each table of `db` (with its `part` and `_n` order columns) as Parquet and CSV
 * parts into `out`, and parts.json (the parts that hold rows).
 */
export async function exportTables(db: DuckDBConnection, out: string, count: number): Promise<PartsFile['present']> {
  mkdirSync(out, { recursive: true });
  for (const table of TABLES) {
    const cols = COLUMNS[table];
    // Folders of an earlier build: a part no longer written must not linger.
    rmSync(join(out, table), { recursive: true, force: true });
    await db.run(
      partitioned(
        `SELECT * EXCLUDE (_n) FROM ${table} ORDER BY ${ORDER[table]}`,
        join(out, table),
        `FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE}`,
      ),
    );
    // A whole number reads 555800 in the CSV, as the report writes it, not DuckDB's 555800.0.
    const csvCols = cols.map((c) =>
      c.sql === 'DOUBLE'
        ? `CASE WHEN ${ident(c.name)} = trunc(${ident(c.name)}) AND abs(${ident(c.name)}) < 1e15 THEN CAST(CAST(${ident(c.name)} AS BIGINT) AS VARCHAR) ELSE CAST(${ident(c.name)} AS VARCHAR) END AS ${ident(c.name)}`
        : ident(c.name),
    );
    await db.run(
      partitioned(
        `SELECT ${csvCols.join(', ')}, part FROM ${table} ORDER BY ${ORDER[table]}`,
        join(out, table),
        'FORMAT csv, HEADER true',
      ),
    );
  }
  const present = {} as PartsFile['present'];
  for (const table of TABLES) {
    present[table] = (await db.runAndReadAll(`SELECT DISTINCT part FROM ${table} ORDER BY 1`))
      .getRowObjectsJS()
      .map((r) => String(r.part));
    for (const part of present[table]) {
      const csv = join(out, partPath(table, part, 'csv'));
      writeFileSync(csv, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(csv)]));
    }
  }
  const parts: PartsFile = { parts: count, present };
  writeFileSync(join(out, PARTS_FILE), `${JSON.stringify(parts)}\n`);
  return present;
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
    const count = partsFor(new Set(rows.bodies.map((b) => b.body_id)).size);
    return await withDuckDB(async (db) => {
      for (const table of TABLES) {
        const file = join(scratch, `${table}.ndjson`);
        writeFileSync(
          file,
          rows[table].map((r, n) => JSON.stringify({ ...r, part: partOf(String(r.body_id), count), _n: n })).join('\n'),
        );
        const types = [
          ...COLUMNS[table].map((c) => `${ident(c.name)}: ${quote(c.sql)}`),
          `"part": 'VARCHAR'`,
          `"_n": 'INTEGER'`,
        ].join(', ');
        await db.run(
          `CREATE TABLE ${table} AS SELECT * FROM read_json(${quote(file)}, format = 'newline_delimited', columns = {${types}})`,
        );
      }
      await exportTables(db, out, count);
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
    // Every shard's parts (their own split: a shard has fewer bodies), split again for the bodies of all.
    const files = (table: string) => `[${shards.map((s) => quote(join(s, table, '*', '*.parquet'))).join(', ')}]`;
    const from = (table: string) => `read_parquet(${files(table)}, hive_partitioning = false)`;
    const ids = (await db.runAndReadAll(`SELECT DISTINCT body_id FROM ${from('bodies')}`))
      .getRowObjectsJS()
      .map((r) => String(r.body_id));
    const count = partsFor(ids.length);
    const scratch = mkdtempSync(join(tmpdir(), 'parts-'));
    try {
      const map = join(scratch, 'parts.ndjson');
      writeFileSync(map, ids.map((id) => JSON.stringify({ body_id: id, part: partOf(id, count) })).join('\n'));
      await db.run(
        `CREATE TABLE part_of AS SELECT * FROM read_json(${quote(map)}, format = 'newline_delimited', columns = {body_id: 'VARCHAR', part: 'VARCHAR'})`,
      );
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    for (const table of TABLES) {
      const rows =
        table === 'bodies'
          ? `SELECT *, 0 AS _n FROM ${from(table)} QUALIFY row_number() OVER (PARTITION BY body_id) = 1`
          : `SELECT *, row_number() OVER () AS _n FROM ${from(table)}`;
      await db.run(`CREATE TABLE ${table} AS SELECT s.*, p.part FROM (${rows}) s JOIN part_of p USING (body_id)`);
    }
    const twice = (
      await db.runAndReadAll('SELECT report_id FROM reports GROUP BY report_id HAVING count(*) > 1 ORDER BY 1 LIMIT 10')
    ).getRowObjectsJS();
    if (twice.length > 0)
      throw new Error(`these reports are in more than one shard: ${twice.map((r) => String(r.report_id)).join(', ')}`);
    await exportTables(db, out, count);
    return counts(db);
  });
}
