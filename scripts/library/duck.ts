import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { partOf, partPath, partsFor, type PartsFile } from '../../src/library/parts';
import { COLUMNS, TABLES, type Row, type TableName } from '../../src/library/tableRows';
import { writePoints } from './points';

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

/** A table's columns as its CSV writes them: a whole number reads 555800, as the report writes it, not 555800.0. */
const csvColumns = (table: TableName) =>
  COLUMNS[table]
    .map((c) =>
      c.sql === 'DOUBLE'
        ? `CASE WHEN ${ident(c.name)} = trunc(${ident(c.name)}) AND abs(${ident(c.name)}) < 1e15 THEN CAST(CAST(${ident(c.name)} AS BIGINT) AS VARCHAR) ELSE CAST(${ident(c.name)} AS VARCHAR) END AS ${ident(c.name)}`
        : ident(c.name),
    )
    .join(', ');

/** Puts the byte-order mark before a CSV DuckDB wrote (spreadsheet programs then read the Chinese right). */
const withBom = (csv: string) =>
  writeFileSync(csv, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(csv)]));

/** A COPY of the rows in order into one folder per part (DuckDB keeps the order within each file). */
const partitioned = (select: string, dir: string, options: string) =>
  `COPY (${select}) TO ${quote(dir)} (${options}, PARTITION_BY (part), FILENAME_PATTERN 'data_{i}', OVERWRITE_OR_IGNORE)`;

/**
 * Writes each table of `db` (with its `part` and `_n` order columns) as Parquet and CSV
 * parts into `out`, then the compare view's points and parts.json (points.ts).
 */
export async function exportTables(db: DuckDBConnection, out: string, count: number): Promise<PartsFile['present']> {
  mkdirSync(out, { recursive: true });
  for (const table of TABLES) {
    // Folders of an earlier build: a part no longer written must not linger.
    rmSync(join(out, table), { recursive: true, force: true });
    await db.run(
      partitioned(
        `SELECT * EXCLUDE (_n) FROM ${table} ORDER BY ${ORDER[table]}`,
        join(out, table),
        `FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE}`,
      ),
    );
    await db.run(
      partitioned(
        `SELECT ${csvColumns(table)}, part FROM ${table} ORDER BY ${ORDER[table]}`,
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
    for (const part of present[table]) withBom(join(out, partPath(table, part, 'csv')));
  }
  await writePoints(db, out, { parts: count, present });
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

/** The order of each table's rows within a merged part: by body and year, a report's rows as its shard had them. */
const MERGED_ORDER: Record<TableName, string> = {
  cells: 'body_id, year, report_id, filename, file_row_number',
  reports: 'body_id, year, report_id',
  bodies: 'body_id',
  checks: 'body_id, year, report_id, filename, file_row_number',
};

/**
 * Tables written by separate runs (`npm run import -- … --tables`, one per shard of a
 * batch) as one, split again for the bodies of all. A report id found in two shards
 * stops the merge (the shards must not overlap); a body listed by several shards is
 * kept once. Two passes, so no sort ever holds every row: each row goes to its part's
 * folder (one scan of every shard), then each part is sorted on its own and written.
 */
export async function mergeTables(shards: readonly string[], out: string): Promise<Counts> {
  return withDuckDB(async (db) => {
    const files = (table: string) => `[${shards.map((s) => quote(join(s, table, '*', '*.parquet'))).join(', ')}]`;
    const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS();
    const twice = await rows(
      `SELECT report_id FROM read_parquet(${files('reports')}, hive_partitioning = false) GROUP BY report_id HAVING count(*) > 1 ORDER BY 1 LIMIT 10`,
    );
    if (twice.length > 0)
      throw new Error(`these reports are in more than one shard: ${twice.map((r) => String(r.report_id)).join(', ')}`);
    const ids = (
      await rows(`SELECT DISTINCT body_id FROM read_parquet(${files('bodies')}, hive_partitioning = false)`)
    ).map((r) => String(r.body_id));
    const count = partsFor(ids.length);
    const staging = mkdtempSync(join(tmpdir(), 'merge-'));
    try {
      const map = join(staging, 'parts.ndjson');
      writeFileSync(map, ids.map((id) => JSON.stringify({ body_id: id, part: partOf(id, count) })).join('\n'));
      await db.run(
        `CREATE TABLE part_of AS SELECT * FROM read_json(${quote(map)}, format = 'newline_delimited', columns = {body_id: 'VARCHAR', part: 'VARCHAR'})`,
      );
      // Pass 1: every row into its part's folder, with where it was (its shard's file and row).
      for (const table of TABLES) {
        const from = `read_parquet(${files(table)}, hive_partitioning = false, filename = true, file_row_number = true)`;
        const select =
          table === 'bodies'
            ? `SELECT s.*, p.part FROM ${from} s JOIN part_of p USING (body_id) QUALIFY row_number() OVER (PARTITION BY body_id ORDER BY filename, file_row_number) = 1`
            : `SELECT s.*, p.part FROM ${from} s JOIN part_of p USING (body_id)`;
        await db.run(
          `COPY (${select}) TO ${quote(join(staging, table))} (FORMAT parquet, PARTITION_BY (part), OVERWRITE_OR_IGNORE)`,
        );
      }
      // Pass 2: each part sorted on its own (a part is 64 bodies at most), as Parquet and CSV.
      mkdirSync(out, { recursive: true });
      const present = {} as PartsFile['present'];
      const counted = {} as Counts;
      for (const table of TABLES) {
        rmSync(join(out, table), { recursive: true, force: true });
        present[table] = existsSync(join(staging, table))
          ? readdirSync(join(staging, table))
              .map((d) => d.replace(/^part=/, ''))
              .sort()
          : [];
        counted[table] = 0;
        for (const part of present[table]) {
          const of = `read_parquet(${quote(join(staging, table, `part=${part}`, '*.parquet'))}, hive_partitioning = false)`;
          const order = MERGED_ORDER[table];
          mkdirSync(join(out, table, `part=${part}`), { recursive: true });
          await db.run(
            `COPY (SELECT * EXCLUDE (filename, file_row_number) FROM ${of} ORDER BY ${order}) TO ${quote(join(out, partPath(table, part)))} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
          );
          const csv = join(out, partPath(table, part, 'csv'));
          await db.run(
            `COPY (SELECT ${csvColumns(table)} FROM ${of} ORDER BY ${order}) TO ${quote(csv)} (FORMAT csv, HEADER true)`,
          );
          withBom(csv);
          const [n] = await rows(`SELECT count(*)::INTEGER AS n FROM ${of}`);
          counted[table] += Number(n?.n ?? 0);
        }
      }
      await writePoints(db, out, { parts: count, present });
      return counted;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  });
}
