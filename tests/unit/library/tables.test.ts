import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import Ajv from 'ajv-draft-04';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTS } from '../../../reports/library';
import { buildTables, readLibrary } from '../../../scripts/library/build';
import { COLUMNS, TABLES } from '../../../src/library/tableRows';
import type { Dataset } from '../../../src/data/schema';
import { partOf } from '../../../src/library/parts';
import { readPartsFile } from '../../../scripts/library/partsFile';

/** The open tables as committed in public/data/tables/ (what the site serves), read back by DuckDB. */

const root = join(import.meta.dirname, '../../..');
const TABLES_DIR = join(root, 'public/data/tables');
const T = 120_000;

let db: DuckDBConnection;
let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});
afterAll(() => {
  db.closeSync();
  instance.closeSync();
});

const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS();
/** A table as one, from all its parts (only its own columns: the part is the folder's name). */
const pq = (dir: string, table: (typeof TABLES)[number]) =>
  `read_parquet('${join(dir, table, '*', '*.parquet')}', hive_partitioning = false)`;
/** A CSV read with the column types the tables declare, so "0" and "" keep their meaning. */
const csv = (dir: string, table: (typeof TABLES)[number]) =>
  `read_csv('${join(dir, table, '*', '*.csv')}', hive_partitioning = false, auto_detect = false, delim = ',', quote = '"', escape = '"', header = true, columns = {${COLUMNS[
    table
  ]
    .map((c) => `'${c.name}': '${c.sql}'`)
    .join(', ')}})`;
/** Every file under the tables' folder, relative to it. */
const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(parquet|csv|json)$/.test(f))
    .sort();

describe('the open tables', () => {
  it('hold the cells of 平潭 2022-2024 exactly as their datasets state them, quotes at their offsets', async () => {
    for (const year of [2022, 2023, 2024]) {
      const id = `pingtan-${year}`;
      const d = JSON.parse(readFileSync(join(root, `public/data/library/${id}.json`), 'utf8')) as Dataset;
      const text = readFileSync(join(root, `public/data/library/${id}.txt`), 'utf8');
      const cells = await rows(
        `SELECT * FROM ${pq(TABLES_DIR, 'cells')} WHERE report_id = '${id}' ORDER BY quote_start, fact_id`,
      );
      const facts = d.facts.filter((f) => f.kind !== 'date');
      expect(cells.length, id).toBe(facts.length);
      expect(cells.length, id).toBeGreaterThan(150);
      const byId = new Map(cells.map((c) => [c.fact_id, c]));
      for (const f of facts) {
        const c = byId.get(f.id);
        expect(c, `${id} ${f.id}`).toBeDefined();
        expect(c?.body_id).toBe('pingtan');
        expect(c?.year).toBe(year);
        expect(c?.format).toBe('2021');
        // A blank cell is an empty value, never 0.
        expect(c?.value, `${id} ${f.id}`).toBe(f.kind === 'quantity' ? f.value : null);
        expect(c?.unit ?? undefined).toBe(f.kind === 'quantity' ? f.unit : undefined);
        expect(c?.from_text).toBe(f.drafted === true);
        expect(text.slice(Number(c?.quote_start), Number(c?.quote_end)), `${id} ${f.id}`).toBe(f.quote);
        if (f.kind === 'quantity' && !f.drafted) expect(f.quote).toContain(f.valueText);
      }
      // Blank cells are in the table, as blanks.
      expect(facts.some((f) => f.kind === 'blank') ? cells.some((c) => c.value === null) : true).toBe(true);
      // The standard indicator of a 2021 table cell is its own id.
      expect(byId.get('applications.new.all')?.indicator).toBe('applications.new.all');
    }
  });

  it('say which cells a failing check reads, and list that check with both sides', async () => {
    const failing = await rows(
      `SELECT report_id, check_id, stated, computed, difference, facts FROM ${pq(TABLES_DIR, 'checks')} WHERE verdict = 'fails' AND other_report IS NULL`,
    );
    expect(failing.length).toBeGreaterThan(0);
    for (const f of failing) {
      expect(Number(f.computed) - Number(f.stated)).not.toBe(0);
      const ids = String(f.facts).split(' ');
      const marked = await rows(
        `SELECT fact_id, "check" FROM ${pq(TABLES_DIR, 'cells')} WHERE report_id = '${String(f.report_id)}' AND fact_id IN (${ids.map((i) => `'${i}'`).join(', ')})`,
      );
      expect(marked.length, String(f.check_id)).toBeGreaterThan(0);
      expect(
        marked.every((m) => m.check === 'fails'),
        String(f.check_id),
      ).toBe(true);
    }
  });

  it('hold the same rows as CSV (UTF-8 with a byte-order mark) and as Parquet', async () => {
    for (const table of TABLES) {
      const parts = filesIn(join(TABLES_DIR, table)).filter((f) => f.endsWith('.csv'));
      expect(parts.length, table).toBeGreaterThan(0);
      for (const part of parts) {
        // Each part opens on its own in a spreadsheet: its BOM and header row.
        const bytes = readFileSync(join(TABLES_DIR, table, part));
        expect([...bytes.subarray(0, 3)], part).toEqual([0xef, 0xbb, 0xbf]);
        const header = bytes.subarray(3).toString('utf8').split('\n')[0];
        expect(header, part).toBe(COLUMNS[table].map((c) => c.name).join(','));
      }
      const [count] = await rows(`SELECT count(*)::INTEGER AS n FROM ${pq(TABLES_DIR, table)}`);
      expect(Number(count?.n), table).toBeGreaterThan(0);
      for (const [a, b] of [
        [csv(TABLES_DIR, table), pq(TABLES_DIR, table)],
        [pq(TABLES_DIR, table), csv(TABLES_DIR, table)],
      ]) {
        const [diff] = await rows(
          `SELECT count(*)::INTEGER AS n FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})`,
        );
        expect(Number(diff?.n), table).toBe(0);
      }
      const [csvCount] = await rows(`SELECT count(*)::INTEGER AS n FROM ${csv(TABLES_DIR, table)}`);
      expect(csvCount?.n, table).toBe(count?.n);
    }
    // Each table's key names one row.
    for (const [table, key] of [
      ['cells', 'report_id, fact_id'],
      ['reports', 'report_id'],
      ['bodies', 'body_id'],
      ['checks', 'report_id, check_id'],
    ] as const) {
      const [dup] = await rows(
        `SELECT (count(*) - count(DISTINCT (${key})))::INTEGER AS n FROM ${pq(TABLES_DIR, table)}`,
      );
      expect(dup?.n, table).toBe(0);
    }
    // Every report of the library, every body with a report.
    const [r] = await rows(`SELECT count(*)::INTEGER AS n FROM ${pq(TABLES_DIR, 'reports')}`);
    expect(r?.n).toBe(REPORTS.length);
  });

  it("keep all of a body's rows in the one part a view opens by the body's id", async () => {
    const parts = readPartsFile(TABLES_DIR);
    for (const table of TABLES) {
      const found = await rows(
        `SELECT DISTINCT body_id, part FROM read_parquet('${join(TABLES_DIR, table, '*', '*.parquet')}', hive_partitioning = true, hive_types = {'part': VARCHAR}) ORDER BY 1`,
      );
      expect(found.length, table).toBeGreaterThan(0);
      for (const r of found)
        expect(r.part, `${table} ${String(r.body_id)}`).toBe(partOf(String(r.body_id), parts.parts));
      expect(new Set(found.map((r) => r.body_id)).size, `${table}: a body in two parts`).toBe(found.length);
      expect(parts.present[table]).toEqual([...new Set(found.map((r) => String(r.part)))].sort());
    }
  });

  it('are described by a datapackage.json that validates against the Tabular Data Package profile', async () => {
    const descriptor = JSON.parse(readFileSync(join(TABLES_DIR, 'datapackage.json'), 'utf8')) as {
      version: string;
      resources: {
        name: string;
        path: string[];
        bytes: number;
        files: { path: string; bytes: number; hash: string }[];
        schema: { fields: { name: string }[] };
      }[];
    };
    const profile = JSON.parse(
      readFileSync(join(root, 'tests/fixtures/frictionless/tabular-data-package.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(profile);
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...descriptor, resources: [{ name: 'x', path: 'x.csv' }] })).toBe(false);
    expect(descriptor.version).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{7,}/);
    // Every file of every table, each once.
    expect(descriptor.resources.flatMap((r) => r.path).sort()).toEqual(
      filesIn(TABLES_DIR).filter((f) => !f.endsWith('.json')),
    );
    const { createHash } = await import('node:crypto');
    for (const r of descriptor.resources) {
      expect(r.files.map((f) => f.path)).toEqual(r.path);
      for (const f of r.files) {
        const bytes = readFileSync(join(TABLES_DIR, f.path));
        expect(f.bytes, f.path).toBe(bytes.length);
        expect(f.hash, f.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      }
      expect(r.bytes).toBe(r.files.reduce((n, f) => n + f.bytes, 0));
      // Every field described is a column of the files, in their order.
      const [first = ''] = r.path;
      const columns = first.endsWith('.parquet')
        ? parquetSchema(parquetMetadata(new Uint8Array(readFileSync(join(TABLES_DIR, first))).buffer)).children.map(
            (c) => c.element.name,
          )
        : COLUMNS[r.name as (typeof TABLES)[number]].map((c) => c.name);
      expect(r.schema.fields.map((f) => f.name)).toEqual(columns);
    }
  });

  it(
    'are what `npm run data` writes from the listed reports (the committed files are up to date)',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'tables-'));
      try {
        await buildTables(await readLibrary(), out, { date: '2026-01-01', commit: '0000000' });
        const written = filesIn(out).filter((f) => f !== 'datapackage.json');
        expect(written).toEqual(filesIn(TABLES_DIR).filter((f) => f !== 'datapackage.json'));
        for (const f of written)
          expect(readFileSync(join(out, f)).equals(readFileSync(join(TABLES_DIR, f))), `${f}: run npm run data`).toBe(
            true,
          );
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    T,
  );
});
