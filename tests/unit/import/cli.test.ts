import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { partOf } from '../../../src/library/parts';
import { parseDataset } from '../../../src/data/parse';

/** `npm run import` on folders as a disclosure office has them (issue 20, item 5). */

const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function importCli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A CSV as written (BOM, CRLF, simple quoting), as rows of fields. */
function csv(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 1; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  return rows;
}

// A test that runs the command line waits for a whole process (tsx starting, a PDF read): seconds on a busy machine.
const CLI_TIMEOUT = 60_000;

const column = (rows: string[][], name: string) => (rows[0] as string[]).indexOf(name);

describe('the command line on a folder', () => {
  const input = join(work, 'in');
  const out = join(work, 'out');
  spawnSync('mkdir', ['-p', join(input, 'sub')]);
  copyFileSync('reports/pingtan/2021.html', join(input, 'pingtan-2021.html'));
  copyFileSync('reports/others/hongze-2023.pdf', join(input, 'sub', 'hongze-2023.pdf'));
  writeFileSync(join(input, 'notes.txt'), 'Meeting at 3 pm. Nothing here is a report.');
  const run = importCli(input, '--out', out, '--jobs', '2');

  it('imports the two reports under readable ids, refuses the junk file and exits 1', () => {
    expect(run.status, run.stderr).toBe(1);
    const written = readdirSync(out).sort();
    expect(written).toEqual(
      expect.arrayContaining(['pingtan-2021.json', 'pingtan-2021.txt', 'hongze-2023.json', 'hongze-2023.txt']),
    );
    for (const id of ['pingtan-2021', 'hongze-2023']) {
      const d = parseDataset(JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')));
      expect(d.ok).toBe(true);
    }
    const summary = csv(join(out, 'summary.csv'));
    expect(summary).toHaveLength(4);
    const junk = summary.find((r) => r[0]?.endsWith('notes.txt')) as string[];
    expect(junk[column(summary, 'result')]).toBe('refused');
    expect(junk[column(summary, 'reason')]?.length).toBeGreaterThan(10);
    expect(run.stdout).toMatch(/3 files: 2 imported, 0 partly read, 0 duplicate, 1 refused/);
  });

  it('writes one cells.csv row per figure, each value as the report writes it in its text', () => {
    const cells = csv(join(out, 'cells.csv'));
    const datasets = ['pingtan-2021', 'hongze-2023'].map(
      (id) => JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')) as { facts: unknown[] },
    );
    expect(cells.length - 1).toBe(datasets.reduce((n, d) => n + d.facts.length, 0));
    const text = readFileSync(join(out, 'pingtan-2021.txt'), 'utf8');
    const rows = cells.filter((r) => r[0] === 'pingtan-2021');
    const value = column(cells, 'value');
    const written = column(cells, 'written');
    const check = column(cells, 'check');
    for (const r of rows) {
      expect(text).toContain(r[written]);
      expect(['holds', 'does-not-hold', 'not-checked']).toContain(r[check]);
      // A blank cell is empty in the CSV, never 0.
      if ((r[written] ?? '').trim() === '' || /^[/—–-]$/.test((r[written] ?? '').trim())) expect(r[value]).toBe('');
    }
    expect(rows.some((r) => r[column(cells, 'body_id')] === 'pingtan')).toBe(true);
  });

  it('lists every check with stated, computed and result; a failing one is printed', () => {
    const checks = csv(join(out, 'checks.csv'));
    expect(checks[0]).toEqual([
      'report_id',
      'check_id',
      'kind',
      'label',
      'stated',
      'computed',
      'difference',
      'result',
      'parts',
    ]);
    const failing = checks.filter((r) => r[7] === 'does-not-hold');
    for (const r of failing) expect(run.stdout).toContain(`${r[0]} ${r[1]}: stated ${r[4]}, computed ${r[5]}`);
    expect(checks.length).toBeGreaterThan(10);
  });
});

describe('the command line on an OCR text whose title misreads the body', () => {
  it(
    'keeps the name as written and suggests the library body in summary.csv',
    () => {
      const out = join(work, 'ocr-out');
      const run = importCli('reports/others/shuyang-2025.ocr.md', '--out', out);
      expect(run.status, run.stderr).toBe(0);
      const summary = csv(join(out, 'summary.csv'));
      const row = summary[1] as string[];
      expect(row[column(summary, 'body')]).toBe('沐阳县人民政府');
      expect(row[column(summary, 'suggested_body')]).toBe('shuyang');
      expect(row[column(summary, 'report_id')]).not.toMatch(/^shuyang-/);
      expect(run.stdout).toContain('body to confirm');
    },
    CLI_TIMEOUT,
  );
});

describe('the command line on an archive', () => {
  it(
    'opens a .zip, imports the same bytes once and exits 0 when nothing is refused',
    () => {
      const dir = join(work, 'zip');
      spawnSync('mkdir', ['-p', dir]);
      const page = new Uint8Array(readFileSync('reports/pingtan/2019.html'));
      writeFileSync(join(dir, 'reports.zip'), zipSync({ 'a/2019.html': page, 'b/copy.html': page }));
      const out = join(work, 'zip-out');
      const run = importCli(join(dir, 'reports.zip'), '--out', out);
      expect(run.status, run.stderr).toBe(0);
      const summary = csv(join(out, 'summary.csv'));
      expect(summary.map((r) => r[1])).toEqual(['result', 'imported', 'duplicate']);
      expect(readdirSync(out)).toContain('pingtan-2019.json');
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a zip bomb without unpacking it',
    () => {
      const dir = join(work, 'bomb');
      spawnSync('mkdir', ['-p', dir]);
      writeFileSync(join(dir, 'bomb.zip'), zipSync({ 'big.txt': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }));
      const run = importCli(join(dir, 'bomb.zip'), '--out', join(work, 'bomb-out'));
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/bomb\.zip: refused: archive refused: .*zip bomb/);
    },
    CLI_TIMEOUT,
  );
});

describe('a batch in shards: each run writes its open tables, and DuckDB merges them', () => {
  // Each shard its own process, both at once, as separate jobs of a batch runner would be.
  const shard = (name: string, ...input: string[]) => {
    const out = join(work, name);
    return new Promise<{ out: string; run: { status: number | null; stderr: string } }>((done) => {
      const child = spawn('npx', ['tsx', 'scripts/import.ts', ...input, '--out', out, '--tables', '--jobs', '1']);
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('close', (status) => done({ out, run: { status, stderr } }));
    });
  };

  it('gives the same cells as the library’s tables, and refuses shards that overlap', async () => {
    // A shard named by its list file, as a batch runner cuts one.
    const list = join(work, 'shard-b.txt');
    writeFileSync(list, 'reports/others/hongze-2023.pdf\n');
    const [a, b] = await Promise.all([shard('shard-a', 'reports/pingtan/2021.html'), shard('shard-b', '--from', list)]);
    for (const s of [a, b]) expect(s.run.status, s.run.stderr).toBe(0);
    const merged = join(work, 'merged');
    const merge = spawnSync(
      'npx',
      ['tsx', 'scripts/merge-tables.ts', join(a.out, 'tables'), join(b.out, 'tables'), '--out', merged],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(merge.status, merge.stderr).toBe(0);
    expect(merge.stdout).toMatch(/merged 2 shards .*: 2 reports, \d+ cells/);

    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();
    const table = (dir: string, name: string) =>
      `read_parquet('${join(dir, name, '*', '*.parquet')}', hive_partitioning = false)`;
    const cells = (dir: string) =>
      `SELECT * EXCLUDE (body_id) FROM ${table(dir, 'cells')} WHERE report_id IN ('pingtan-2021', 'hongze-2023')`;
    const library = 'public/data/tables';
    // Every cell of the two reports, value, offsets and checks alike, as the library's build has them.
    expect(await rows(`${cells(merged)} EXCEPT ALL ${cells(library)}`)).toEqual([]);
    expect(await rows(`${cells(library)} EXCEPT ALL ${cells(merged)}`)).toEqual([]);
    expect(Number((await rows(`SELECT count(*) AS n FROM ${table(merged, 'cells')}`))[0]?.n)).toBeGreaterThan(300);
    // Each body's rows in the part its id names (two bodies: one part), by body, then year: what a view opens.
    for (const body of ['hongze', 'pingtan']) {
      const file = join(merged, 'cells', `part=${partOf(body, 1)}`, 'data_0.parquet');
      const order = await rows(`SELECT body_id, year FROM '${file}'`);
      expect(order.some((r) => r.body_id === body)).toBe(true);
      const keys = order.map((r) => `${String(r.body_id)} ${String(r.year)}`);
      expect(keys).toEqual([...keys].sort());
    }
    const reports = await rows(`SELECT report_id, dataset, source_note FROM ${table(merged, 'reports')}`);
    expect(reports).toHaveLength(2);
    // Compare's points of the two reports, every figure, as the library's build has them; the outline, their years.
    const points = (dir: string) =>
      `SELECT * FROM read_parquet('${join(dir, 'points', '*', '*.parquet')}', hive_partitioning = true) WHERE report_id IN ('pingtan-2021', 'hongze-2023')`;
    expect(await rows(`${points(merged)} EXCEPT ALL ${points(library)}`)).toEqual([]);
    expect(await rows(`${points(library)} EXCEPT ALL ${points(merged)}`)).toEqual([]);
    expect(Number((await rows(`SELECT count(*) AS n FROM (${points(merged)})`))[0]?.n)).toBeGreaterThan(40);
    const outline = JSON.parse(readFileSync(join(merged, 'parts.json'), 'utf8')) as { years: Record<string, number> };
    expect(outline.years).toEqual({ '2021': 1, '2023': 1 });
    db.closeSync();
    instance.closeSync();

    const twice = spawnSync(
      'npx',
      ['tsx', 'scripts/merge-tables.ts', join(a.out, 'tables'), join(a.out, 'tables'), '--out', join(work, 'm2')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('these reports are in more than one shard: pingtan-2021');
  }, 240_000);
});
