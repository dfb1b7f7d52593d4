import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ROW_GROUP_SIZE } from '../library/duck';

/**
 * `npx tsx scripts/bench/tablesScale.ts [reports…]`: how writing the cells table
 * grows with the library, on synthetic reports generated as rows inside DuckDB
 * (no files): bodies × 10 years, each report the cells of 平潭 2022 (its real
 * fact ids, labels, units and offsets) with made-up values, 1 in 20 blank.
 * Writes cells.parquet in body and year order (made in that order: this measures
 * writing, not sorting), once as one file and once split by body into 256 buckets
 * (a layout whose footers stay small), and reports time, peak memory, bytes and the
 * footer a reader must fetch first.
 */

const SIZES = process.argv.slice(2).map(Number);
const sizes = SIZES.length > 0 ? SIZES : [1_000, 10_000, 100_000, 1_500_000];
const BUCKETS = 256;
/** TABLES_SCALE_SINGLE=1: the one-file layout only (the split one takes as long again at 1.5 M). */
const SPLIT = process.env.TABLES_SCALE_SINGLE !== '1';

const du = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + du(join(path, f)), 0) : statSync(path).size;

async function one(reports: number) {
  const dir = join(tmpdir(), `tables-scale-${reports}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', { temp_directory: join(dir, 'spill') });
  const db = await instance.connect();
  const bodies = Math.max(1, Math.round(reports / 10));
  await db.run(
    `CREATE TEMP TABLE tpl AS SELECT row_number() OVER () AS i, fact_id, indicator, label, unit, quote_start, quote_end
     FROM 'public/data/tables/cells.parquet' WHERE report_id = 'pingtan-2022'`,
  );
  // Rows made in body and year order from one range (no sort: DuckDB keeps a scan's order), the
  // template's columns picked by index: memory stays flat however many reports there are.
  await db.run(
    `CREATE TEMP TABLE t AS SELECT list(fact_id ORDER BY i) AS f, list(indicator ORDER BY i) AS ind,
       list(label ORDER BY i) AS lab, list(unit ORDER BY i) AS u, list(quote_start ORDER BY i) AS qs,
       list(quote_end ORDER BY i) AS qe, count(*)::BIGINT AS k FROM tpl`,
  );
  const [{ k } = { k: 0 }] = (await db.runAndReadAll('SELECT k FROM t')).getRowObjectsJS() as { k: bigint }[];
  const per = Number(k);
  const rows = `
    SELECT printf('s%06d-%d', b, y) AS report_id, printf('s%06d', b) AS body_id, y::SMALLINT AS year,
      '2021' AS format, f[i] AS fact_id, ind[i] AS indicator, lab[i] AS label,
      CASE WHEN hash(n) % 20 = 0 THEN NULL ELSE (hash(n) % 5000)::DOUBLE END AS value,
      u[i] AS unit, NULL::VARCHAR AS approx, false AS from_text,
      CASE WHEN hash(n) % 50 = 0 THEN 'fails' ELSE 'holds' END AS "check", qs[i] AS quote_start, qe[i] AS quote_end,
      hash(printf('s%06d', b)) % ${BUCKETS} AS bucket
    FROM (SELECT n, n // ${per * 10} AS b, 2015 + (n // ${per}) % 10 AS y, (n % ${per} + 1)::INTEGER AS i
          FROM range(${bodies * 10 * per}) r(n)), t`;
  const started = performance.now();
  const single = join(dir, 'cells.parquet');
  await db.run(
    `COPY (SELECT * EXCLUDE (bucket) FROM (${rows})) TO '${single}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
  );
  const singleSeconds = (performance.now() - started) / 1000;
  const meta = (
    await db.runAndReadAll(
      `SELECT num_rows::BIGINT AS n, num_row_groups::BIGINT AS groups FROM parquet_file_metadata('${single}')`,
    )
  ).getRowObjectsJS()[0];
  // The footer: its length is the 4 bytes before the closing "PAR1".
  const { openSync, readSync, closeSync } = await import('node:fs');
  const fd = openSync(single, 'r');
  const tail = Buffer.alloc(8);
  readSync(fd, tail, 0, 8, statSync(single).size - 8);
  closeSync(fd);
  const footer = tail.readUInt32LE(0);
  const t2 = performance.now();
  const parts = join(dir, 'cells');
  if (SPLIT)
    await db.run(
      `COPY (${rows}) TO '${parts}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE}, PARTITION_BY (bucket))`,
    );
  const partSeconds = (performance.now() - t2) / 1000;
  const files = SPLIT ? readdirSync(parts, { recursive: true }).filter((f) => String(f).endsWith('.parquet')) : [];
  let biggestFooter = 0;
  for (const f of files) {
    const path = join(parts, String(f));
    const h = openSync(path, 'r');
    const b = Buffer.alloc(8);
    readSync(h, b, 0, 8, statSync(path).size - 8);
    closeSync(h);
    biggestFooter = Math.max(biggestFooter, b.readUInt32LE(0));
  }
  // Checked where a window over every row fits in memory (the order is made the same way at any size).
  const [sorted] =
    reports > 100_000
      ? []
      : (
          await db.runAndReadAll(
            `SELECT bool_and(k >= lag) AS ok FROM (SELECT body_id || year AS k, lag(body_id || year) OVER () AS lag FROM '${single}') WHERE lag IS NOT NULL`,
          )
        ).getRowObjectsJS();
  if (sorted?.ok === false) throw new Error('the synthetic rows are not in body and year order');
  const result = {
    reports: bodies * 10,
    cells: Number(meta?.n),
    seconds: Number(singleSeconds.toFixed(1)),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    parquetMB: Number((du(single) / 1e6).toFixed(1)),
    rowGroups: Number(meta?.groups),
    footerKB: Math.round(footer / 1024),
    partitionedSeconds: Number(partSeconds.toFixed(1)),
    partitionFiles: files.length,
    partitionFooterKB: Math.round(biggestFooter / 1024),
  };
  db.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const results = [];
for (const n of sizes) {
  const r = await one(n);
  console.log(JSON.stringify(r));
  results.push(r);
}
console.table(results);
