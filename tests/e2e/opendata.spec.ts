import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Dataset } from '../../src/data/schema';
import { partOf } from '../../src/library/parts';
import { csvTable } from './download';
import { expect, test } from './test';

/** The open tables (?view=data) and the SQL console over them (?view=query, DuckDB-WASM). */

const root = join(import.meta.dirname, '../..');
const quantity = (id: string, fact: string) => {
  const d = JSON.parse(readFileSync(join(root, `public/data/library/${id}.json`), 'utf8')) as Dataset;
  const f = d.facts.find((x) => x.id === fact);
  if (f?.kind !== 'quantity') throw new Error(`${id} states no ${fact}`);
  return f.value;
};

const SERIES = `SELECT year, value FROM cells WHERE body_id = 'pingtan' AND indicator = 'applications.new.all' AND year >= 2022 ORDER BY year`;

test('the SQL console answers a query from the Parquet tables, fetched by range requests, and downloads it as CSV', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const ranges: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.parquet') && r.method() === 'GET') ranges.push(r.headers()['range'] ?? 'none');
  });
  // A link with sql= runs its query on arrival.
  await page.goto(`/?lang=en&view=query&sql=${encodeURIComponent(SERIES)}`);
  const result = page.getByTestId('query-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('query-status')).toHaveText(/^4 rows in \d+ ms$/);
  const shown = await result
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
  // Each year's value is the figure its dataset states.
  expect(shown).toEqual(
    [2022, 2023, 2024, 2025].map((y) => [String(y), String(quantity(`pingtan-${y}`, 'applications.new.all'))]),
  );
  // Only byte ranges of the Parquet files were asked for (a file's tail first), never a whole file without one.
  expect(ranges.length).toBeGreaterThan(0);
  for (const r of ranges) expect(r).toMatch(/^bytes=\d*-\d+$/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csvTable(bytes.subarray(3).toString('utf8'))).toEqual([['year', 'value'], ...shown]);
  // The console with a result passes axe (its page, its table).
  expect((await new AxeBuilder({ page }).include('main').analyze()).violations.map((v) => v.id)).toEqual([]);
});

test('a bad query shows DuckDB’s own message; a running query can be cancelled and the next one runs', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/?lang=en&view=query');
  const editor = page.getByLabel('Query');
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await editor.fill('SELECT nonsense FROM cells');
  await run.click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('DuckDB could not run the query:', { timeout: 60_000 });
  await expect(page.getByTestId('query-error')).toContainText('Binder Error: Referenced column "nonsense" not found');
  await expect(page).toHaveURL(/sql=SELECT\+nonsense\+FROM\+cells/);

  await editor.fill('SELECT sum(hash(a)) FROM range(5000000000) t(a)');
  await editor.press('Control+Enter');
  await expect(page.getByTestId('query-status')).toHaveText('Running…');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('query-status')).toHaveText('The query was cancelled.');
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

  await editor.fill('SELECT count(*) AS bodies FROM bodies');
  await run.click();
  await expect(page.getByTestId('query-result').locator('td')).toHaveText(['5']);
});

test('the open data page links every table as CSV and Parquet, says what each column means, in the reader’s language', async ({
  page,
  request,
}) => {
  const parquet: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.parquet')) parquet.push(r.url());
  });
  // Junk a library view would check is dropped without reading any table.
  await page.goto('/?lang=zh-Hant&view=data&body=nobody&year=2020');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('開放數據');
  await expect(page).toHaveURL(/\?lang=zh-Hant&view=data$/);
  for (const table of ['cells', 'reports', 'bodies', 'checks']) {
    // Each table's parts (a library of five bodies is one part), in each format, and how many and how large.
    const part = (ext: string) => new RegExp(`^${table}/part=000/data_0\\.${ext}$`);
    const files = page.getByTestId(`files-${table}`).getByRole('link');
    await expect(files).toHaveText([part('csv'), part('parquet')]);
    await expect(page.getByTestId(`files-${table}`)).toContainText(/CSV：1 個檔案，\d[\d,]* KB/);
    for (const href of await files.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      const body = await res.body();
      if (href.endsWith('.csv')) expect([...body.subarray(0, 3)], href).toEqual([0xef, 0xbb, 0xbf]);
      else expect(body.subarray(0, 4).toString(), href).toBe('PAR1');
    }
  }
  // The compare view's index: one Parquet file per figure, its first files linked, the rest counted.
  const points = page.getByTestId('files-points');
  await expect(points).toContainText(/Parquet：\d+ 個檔案，\d[\d,]* KB/);
  await expect(points.getByRole('link').first()).toHaveText(/^points\/indicator=[a-z.-]+\/data_0\.parquet$/);
  const first = await points.getByRole('link').first().getAttribute('href');
  expect((await (await request.get(first ?? '')).body()).subarray(0, 4).toString()).toBe('PAR1');
  // Full-width brackets in Chinese.
  await page.getByText('欄位（14）').first().click();
  await expect(page.getByRole('row', { name: /^value number/ })).toContainText('絕不是 0');
  await expect(page.getByText(/^版本 \d{4}-\d{2}-\d{2}\+/)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  // The page describes the files; it fetches none of them.
  expect(parquet).toEqual([]);
  await page.getByRole('link', { name: '在瀏覽器中用 SQL 查詢這些表' }).click();
  await expect(page).toHaveURL(/view=query/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SQL 查詢台');
});

test('a body’s trends read its years from the Parquet tables, by range requests only', async ({ page }) => {
  const asked: { url: string; range: string }[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/') && r.method() === 'GET')
      asked.push({ url: new URL(r.url()).pathname, range: r.headers()['range'] ?? '' });
  });
  await page.goto('/?lang=en&view=trends&body=hongze');
  await expect(page.locator('rect.chart-mark[role="button"]').first()).toBeVisible();
  const tables = asked.filter((a) => a.url.endsWith('.parquet'));
  const own = (table: string) => `/data/tables/${table}/part=${partOf('hongze', 1)}/data_0.parquet`;
  expect(tables.map((a) => a.url)).toEqual(expect.arrayContaining(['cells', 'checks', 'bodies', 'reports'].map(own)));
  // The body's part of each table (the library is one part: tests/unit/library/parts.test.ts reads 4,096), by ranges.
  expect([...new Set(tables.filter((a) => /\/(cells|checks)\//.test(a.url)).map((a) => a.url))].sort()).toEqual(
    [own('cells'), own('checks')].sort(),
  );
  for (const a of tables) expect(a.range, a.url).toMatch(/^bytes=\d*-\d+$/);
  // Each file's tail is asked for once (the footer and size together), parts.json once.
  expect(asked.filter((a) => a.url === '/data/tables/parts.json')).toHaveLength(1);
  for (const table of ['cells', 'checks', 'bodies', 'reports'])
    expect(
      tables.filter((a) => a.url === own(table) && a.range.startsWith('bytes=-')),
      table,
    ).toHaveLength(1);
  // No body file: the tables are the one path.
  expect(asked.filter((a) => a.url.startsWith('/data/library/bodies/'))).toEqual([]);
});

test('the reader’s own reports join the console’s tables, made by the same code as the library’s', async ({ page }) => {
  test.setTimeout(90_000);
  // 平潭 2024's page under another body's name: a body the library does not have.
  const html = readFileSync(join(root, 'reports/pingtan/2024.html'), 'utf8').replaceAll('平潭综合实验区', '福清市');
  await page.goto('/?view=mine&lang=en');
  await page
    .getByTestId('add-files')
    .setInputFiles({ name: 'fuqing-2024.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByTestId('import-table').locator('tr[data-file="fuqing-2024.html"]')).toHaveAttribute(
    'data-state',
    'imported',
    { timeout: 30_000 },
  );
  const sql = `SELECT (SELECT count(*) FROM bodies) AS bodies, b.name_zh_hans, r.dataset, c.value
FROM reports r JOIN bodies b USING (body_id) JOIN cells c USING (report_id)
WHERE r.dataset LIKE 'mine:%' AND c.indicator = 'applications.new.all'`;
  await page.goto(`/?lang=en&view=query&sql=${encodeURIComponent(sql)}`);
  const result = page.getByTestId('query-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  const shown = await result
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  expect(shown).toHaveLength(1);
  const [bodies, name, dataset, value] = shown[0] ?? [];
  // The library's five bodies and the reader's one; its figure is the page's own.
  expect(bodies).toBe('6');
  expect(name).toContain('福清市');
  expect(dataset).toMatch(/^mine:/);
  expect(value).toBe(String(quantity('pingtan-2024', 'applications.new.all')));
});
