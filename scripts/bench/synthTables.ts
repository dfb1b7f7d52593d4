import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ROW_GROUP_SIZE } from '../library/duck';

/**
 * A synthetic library as the open tables, for the benchmark: `reports` reports
 * (bodies × 10 years, 2016-2025), each the cells and checks of 平潭 2022 (its real
 * fact ids, labels, units, offsets and checks) with every figure scaled by its
 * body (so sums still hold), generated as rows inside DuckDB and written as the
 * library build writes them (Parquet, zstd, ordered by body and year). Opening a
 * report opens the Luzhou dataset (the site has no dataset for a made-up one).
 */

const YEARS = 10;
const FIRST_YEAR = 2016;

export async function synthesizeTables(out: string, reports: number, from = 'public/data/tables'): Promise<number> {
  mkdirSync(out, { recursive: true });
  const bodies = Math.max(1, Math.round(reports / YEARS));
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const t = (name: string) => `'${join(from, `${name}.parquet`)}'`;
  const to = (name: string) =>
    `'${join(out, `${name}.parquet`)}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`;
  // s000123: made-up bodies, in body order; body b's figures are the template's times (1 + b % 5).
  const body = (b: string) => `printf('s%06d', ${b})`;
  try {
    await db.run(`CREATE TEMP TABLE bodies AS
      SELECT ${body('b')} AS body_id,
        '合成機關' || b AS name_zh_hant, '合成机关' || b AS name_zh_hans, 'Synthetic body ' || b AS name_en,
        'county' AS level, '福建省' AS region_zh_hant, '福建省' AS region_zh_hans, 'Fujian' AS region_en,
        '福建省' AS parent_zh_hant, '福建省' AS parent_zh_hans, 'Fujian' AS parent_en, NULL::VARCHAR AS aliases
      FROM range(${bodies}) r(b)`);
    await db.run(`COPY bodies TO ${to('bodies')}`);
    await db.run(`COPY (
      SELECT ${body('b')} || '-' || y AS report_id, ${body('b')} AS body_id, y::SMALLINT AS year, t.format,
        '合成機關' || b || y || '年政府信息公開工作年度報告' AS title_zh_hant,
        '合成机关' || b || y || '年政府信息公开工作年度报告' AS title_zh_hans,
        'Government information disclosure annual report ' || y || ' (Synthetic body ' || b || ')' AS title_en,
        make_date(y, 1, 1) AS period_start, make_date(y, 12, 31) AS period_end, NULL::DATE AS published,
        NULL::VARCHAR AS source_url, 'synthetic' AS source_note, t.read_from, '/data/luzhou-2018.json' AS dataset,
        NULL::VARCHAR AS text, t.facts, t.checks, t.checks_failing, t.across_failing, t.to_confirm, t.incomplete,
        t.not_run, t.drafted, t.applications_new * (1 + b % 5) AS applications_new,
        t.applications_disclosed * (1 + b % 5) AS applications_disclosed, t.reviews * (1 + b % 5) AS reviews,
        t.lawsuits * (1 + b % 5) AS lawsuits, t.normative_docs_in_force * (1 + b % 5) AS normative_docs_in_force
      FROM range(${bodies}) r(b), range(${FIRST_YEAR}, ${FIRST_YEAR + YEARS}) u(y),
        (SELECT * FROM ${t('reports')} WHERE report_id = 'pingtan-2022') t
      ORDER BY body_id, year) TO ${to('reports')}`);
    // Cells and checks made in body and year order from one range, the template's rows picked by index.
    for (const [table, scaled] of [
      ['cells', ['value']],
      ['checks', ['stated', 'computed', 'difference']],
    ] as const) {
      await db.run(`CREATE TEMP TABLE tpl AS
        SELECT row_number() OVER () - 1 AS i, * EXCLUDE (report_id, body_id, year)
        FROM ${t(table)} WHERE report_id = 'pingtan-2022' AND ${table === 'checks' ? 'other_report IS NULL' : 'true'}`);
      const [row] = (await db.runAndReadAll('SELECT count(*)::INTEGER AS k FROM tpl')).getRowObjectsJS();
      const k = Number(row?.k);
      const cols = (await db.runAndReadAll('SELECT * FROM tpl LIMIT 0')).columnNames().filter((c) => c !== 'i');
      const pick = cols.map((c) =>
        (scaled as readonly string[]).includes(c) ? `tpl."${c}" * (1 + b % 5) AS "${c}"` : `tpl."${c}"`,
      );
      await db.run(`COPY (
        SELECT ${body('b')} || '-' || y AS report_id, ${body('b')} AS body_id, y::SMALLINT AS year, ${pick.join(', ')}
        FROM (SELECT n // ${k * YEARS} AS b, ${FIRST_YEAR} + (n // ${k}) % ${YEARS} AS y, n % ${k} AS i
              FROM range(${bodies * YEARS * k}) r(n)) g
        JOIN tpl USING (i)
        ORDER BY b, y, i) TO ${to(table)}`);
      await db.run('DROP TABLE tpl');
    }
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  return ['cells', 'reports', 'bodies', 'checks'].reduce((n, f) => n + statSync(join(out, `${f}.parquet`)).size, 0);
}
