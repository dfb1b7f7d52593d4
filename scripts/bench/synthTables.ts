import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { partOf, partsFor, type PartsFile } from '../../src/library/parts';
import { readPartsFile, writePartsFile } from '../library/partsFile';
import { ROW_GROUP_SIZE } from '../library/duck';
import { pointsRowGroup, writeTop } from '../library/points';
import { pointsPath, topPath } from '../../src/library/points';
import { NAMES_PATH } from '../../src/library/names';

/**
 * A synthetic library as the open tables, for the benchmark: `reports` reports
 * (bodies × 10 years, 2016-2025), each the cells and checks of 平潭 2022 (its real
 * fact ids, labels, units, offsets and checks) with every figure scaled by its
 * body (so sums still hold), generated as rows inside DuckDB and written as the
 * library build writes them: split by body into parts, Parquet, zstd, ordered
 * by body and year. Rows are made in that order (no sort: 300 million rows
 * would not sort in memory), the template picked from lists by index. Opening a
 * report opens the Luzhou dataset (the site has no dataset for a made-up one).
 */

const YEARS = 10;
const FIRST_YEAR = 2016;

/** Character `k` of body `b`'s made-up name: any of the 20,000 commonest-coded CJK ideographs. */
const cjk = (b: string, k: number) => `chr((19968 + hash(${b}, ${k}) % 20000)::INTEGER)`;
const letter = (b: string, k: number) => `chr((97 + hash(${b}, ${k}) % 26)::INTEGER)`;

/**
 * A made-up body's names: three characters drawn from its number, then a county government's words, so the names
 * weigh and compress as real ones do (not "body 1, body 2", which compress to almost nothing).
 */
const NAME = {
  hant: (b: string) => `${cjk(b, 1)} || ${cjk(b, 2)} || ${cjk(b, 3)} || '縣人民政府'`,
  hans: (b: string) => `${cjk(b, 1)} || ${cjk(b, 2)} || ${cjk(b, 3)} || '县人民政府'`,
  en: (b: string) =>
    `upper(${letter(b, 4)}) || ${letter(b, 5)} || ${letter(b, 6)} || ${letter(b, 7)} || ${letter(b, 8)} || ' County People''s Government'`,
};

/** The outline parts.json gives of the synthetic library: ten years of every body, all counties of Fujian. */
const outline = (bodies: number): Pick<PartsFile, 'years' | 'levels' | 'provinces'> => ({
  years: Object.fromEntries(Array.from({ length: YEARS }, (_, i) => [String(FIRST_YEAR + i), bodies])),
  levels: ['county'],
  provinces: [{ id: 'fujian', name: { 'zh-Hant': '福建省', 'zh-Hans': '福建省', en: 'Fujian' } }],
});

/** The indicator the benchmark compares: the only one whose points are made (the others would take hours). */
export const SYNTH_INDICATOR = 'applications.new.all';

/**
 * The views' own tables of the synthetic library: every body's names (for the library's search), and compare's points (src/library/points.ts), for SYNTH_INDICATOR: each body's
 * value as its cells give it (the template's times 1 + b % 5), the template's point otherwise, ordered by year
 * and value as the build orders them; and parts.json with the outline. Returns the Parquet bytes written.
 */
export async function synthesizeViews(out: string, reports: number, from = 'public/data/tables'): Promise<number> {
  const bodies = Math.max(1, Math.round(reports / YEARS));
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  const file = join(out, pointsPath(SYNTH_INDICATOR));
  try {
    rmSync(join(out, 'points'), { recursive: true, force: true });
    mkdirSync(dirname(file), { recursive: true });
    await db.run(`CREATE TABLE tpl AS SELECT format, value, point FROM read_parquet('${join(from, pointsPath(SYNTH_INDICATOR))}')
      WHERE body_id = 'pingtan' AND year = 2022`);
    await db.run(`COPY (
      SELECT y::SMALLINT AS year, tpl.value * (1 + b % 5) AS value, 'county' AS level, 'fujian' AS province,
        's' || lpad(b::VARCHAR, 6, '0') AS body_id, 's' || lpad(b::VARCHAR, 6, '0') || '-' || y AS report_id,
        tpl.format, json_merge_patch(tpl.point, json_object('value', tpl.value * (1 + b % 5)))::VARCHAR AS point,
        ${NAME.hant('b')} AS name_zh_hant, ${NAME.hans('b')} AS name_zh_hans, ${NAME.en('b')} AS name_en
      FROM range(${bodies}) r(b), range(${FIRST_YEAR}, ${FIRST_YEAR + YEARS}) u(y), tpl
      ORDER BY year, value DESC, body_id)
      TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${pointsRowGroup(bodies)})`);
    await writeTop(db, out);
    // Every body's names in one file, for the library's search (src/library/names.ts).
    rmSync(join(out, 'names'), { recursive: true, force: true });
    mkdirSync(dirname(join(out, NAMES_PATH)), { recursive: true });
    await db.run(`COPY (
      SELECT 's' || lpad(b::VARCHAR, 6, '0') AS body_id, ${NAME.hant('b')} AS name_zh_hant, ${NAME.hans('b')} AS name_zh_hans,
        ${NAME.en('b')} AS name_en, NULL::VARCHAR AS aliases, ${YEARS}::INTEGER AS reports
      FROM range(${bodies}) r(b) ORDER BY body_id)
      TO '${join(out, NAMES_PATH)}' (FORMAT parquet, COMPRESSION zstd)`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  writePartsFile(out, { ...readPartsFile(out), ...outline(bodies) });
  return (
    statSync(file).size + statSync(join(out, topPath(SYNTH_INDICATOR))).size + statSync(join(out, NAMES_PATH)).size
  );
}

export async function synthesizeTables(out: string, reports: number, from = 'public/data/tables'): Promise<number> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const bodies = Math.max(1, Math.round(reports / YEARS));
  // s000123: made-up bodies; body b's figures are the template's times (1 + b % 5). In part order, then by id.
  const count = partsFor(bodies);
  const order = Array.from({ length: bodies }, (_, b) => {
    const id = `s${String(b).padStart(6, '0')}`;
    return { b, id, part: partOf(id, count) };
  }).sort((x, y) => (x.part < y.part ? -1 : x.part > y.part ? 1 : x.id < y.id ? -1 : 1));
  const scratch = mkdtempSync(join(tmpdir(), 'synth-'));
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const db = await instance.connect();
  const t = (name: string) => `read_parquet('${join(from, name, '*', '*.parquet')}', hive_partitioning = false)`;
  const to = (name: string) =>
    `'${join(out, name)}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE}, PARTITION_BY (part), FILENAME_PATTERN 'data_{i}', OVERWRITE_OR_IGNORE)`;
  try {
    const csv = join(scratch, 'order.csv');
    writeFileSync(csv, `k,b,body_id,part\n${order.map((o, k) => `${k},${o.b},${o.id},${o.part}`).join('\n')}\n`);
    await db.run(
      `CREATE TABLE bo AS SELECT * FROM read_csv('${csv}', columns = {'k': 'INTEGER', 'b': 'INTEGER', 'body_id': 'VARCHAR', 'part': 'VARCHAR'}) ORDER BY k`,
    );
    await db.run(`COPY (
      SELECT body_id, ${NAME.hant('b')} AS name_zh_hant, ${NAME.hans('b')} AS name_zh_hans, ${NAME.en('b')} AS name_en,
        'county' AS level, '福建省' AS region_zh_hant, '福建省' AS region_zh_hans, 'Fujian' AS region_en,
        '福建省' AS parent_zh_hant, '福建省' AS parent_zh_hans, 'Fujian' AS parent_en, NULL::VARCHAR AS aliases, part
      FROM bo ORDER BY k) TO ${to('bodies')}`);
    await db.run(`COPY (
      SELECT bo.body_id || '-' || y AS report_id, bo.body_id, y::SMALLINT AS year, t.format,
        ${NAME.hant('b')} || y || '年政府信息公開工作年度報告' AS title_zh_hant,
        ${NAME.hans('b')} || y || '年政府信息公开工作年度报告' AS title_zh_hans,
        'Government information disclosure annual report ' || y || ' (' || ${NAME.en('b')} || ')' AS title_en,
        make_date(y, 1, 1) AS period_start, make_date(y, 12, 31) AS period_end, NULL::DATE AS published,
        NULL::VARCHAR AS source_url, 'synthetic' AS source_note, t.read_from, '/data/luzhou-2018.json' AS dataset,
        NULL::VARCHAR AS text, t.facts, t.checks, t.checks_failing, t.across_failing, t.to_confirm, t.incomplete,
        t.not_run, t.drafted, t.applications_new * (1 + b % 5) AS applications_new,
        t.applications_disclosed * (1 + b % 5) AS applications_disclosed, t.reviews * (1 + b % 5) AS reviews,
        t.lawsuits * (1 + b % 5) AS lawsuits, t.normative_docs_in_force * (1 + b % 5) AS normative_docs_in_force,
        bo.part
      FROM bo, range(${FIRST_YEAR}, ${FIRST_YEAR + YEARS}) u(y),
        (SELECT * FROM ${t('reports')} WHERE report_id = 'pingtan-2022') t
      ORDER BY k, y) TO ${to('reports')}`);
    // Cells and checks of each part made in body and year order from one range, the template's values and the
    // part's bodies picked from lists by index (a projection keeps the rows' order, a join would not).
    const byPart = new Map<string, typeof order>();
    for (const o of order) byPart.set(o.part, [...(byPart.get(o.part) ?? []), o]);
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
      for (const [n, c] of cols.entries())
        await db.run(`SET VARIABLE tpl_${n} = (SELECT list("${c}" ORDER BY i) FROM tpl)`);
      for (const [part, list] of byPart) {
        const ids = `[${list.map((o) => `'${o.id}'`).join(', ')}]`;
        const bs = `[${list.map((o) => o.b).join(', ')}]`;
        const pick = cols.map((c, n) => {
          const v = `getvariable('tpl_${n}')[i + 1]`;
          return (scaled as readonly string[]).includes(c)
            ? `${v} * (1 + ${bs}[kb + 1] % 5) AS "${c}"`
            : `${v} AS "${c}"`;
        });
        mkdirSync(join(out, table, `part=${part}`), { recursive: true });
        await db.run(`COPY (
          SELECT ${ids}[kb + 1] || '-' || y AS report_id, ${ids}[kb + 1] AS body_id, y::SMALLINT AS year, ${pick.join(', ')}
          FROM (SELECT n // ${k * YEARS} AS kb, ${FIRST_YEAR} + (n // ${k}) % ${YEARS} AS y, n % ${k} AS i
                FROM range(${list.length * YEARS * k}) r(n)) g)
          TO '${join(out, table, `part=${part}`, 'data_0.parquet')}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
      }
      await db.run('DROP TABLE tpl');
    }
    const present = {} as PartsFile['present'];
    for (const table of ['cells', 'reports', 'bodies', 'checks'] as const)
      present[table] = readdirSync(join(out, table))
        .map((d) => d.replace('part=', ''))
        .sort();
    writePartsFile(out, { parts: count, present, ...outline(bodies) });
  } finally {
    db.closeSync();
    instance.closeSync();
    rmSync(scratch, { recursive: true, force: true });
  }
  return readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.parquet'))
    .reduce((n, f) => n + statSync(join(out, f)).size, 0);
}
