import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { exportFrom } from './download';
import { expect, test } from './test';
import { synthesizeTables, synthesizeViews } from '../../scripts/bench/synthTables';
import { partsFor, TAIL_BYTES } from '../../src/library/parts';

/**
 * A library too large to list whole: 300 made-up bodies (32 parts of the tables), served in place of the
 * site's tables with range requests as a CDN answers them. The library searches every body's names and
 * reads only the reports of the bodies found; compare ranks its largest values.
 */

const REPORTS = 3000;
/** The parts of 300 bodies (src/library/parts.ts): the count the build's page would say. */
const PARTS = partsFor(REPORTS / 10);
/** The first request of a file: its last bytes, the whole of a part of the tables. */
const TAIL = `bytes=-${TAIL_BYTES}`;
let dir = '';

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scale-e2e-'));
  await synthesizeTables(dir, REPORTS);
  await synthesizeViews(dir, REPORTS);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The synthetic tables in place of the site's, whole files and ranges (bytes=a-b, bytes=-n) as a CDN answers.
 * `ranges`: each request as its path and range. `parts`: how many parts the page says its tables are in (a build
 * that ships these tables says PARTS; another number is a page built with other tables).
 */
async function serveSynthetic(page: Page, asked: string[], ranges: string[] = [], parts = PARTS) {
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const res = await route.fetch();
      const meta = /<meta name="tables-parts" content="\d+" \/>/;
      const html = await res.text();
      expect(html).toMatch(meta);
      await route.fulfill({
        response: res,
        body: html.replace(meta, `<meta name="tables-parts" content="${parts}" />`),
      });
    },
  );
  await page.route('**/data/tables/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^.*\/data\/tables\//, '');
    const file = join(dir, path);
    asked.push(path);
    ranges.push(`${path} ${route.request().headers().range ?? ''}`);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    const bytes = readFileSync(file);
    const range = /bytes=(\d*)-(\d*)/.exec(route.request().headers().range ?? '');
    if (!range) return route.fulfill({ status: 200, body: bytes });
    const [start, end] = range[1]
      ? [Number(range[1]), Math.min(bytes.length - 1, range[2] ? Number(range[2]) : bytes.length - 1)]
      : [Math.max(0, bytes.length - Number(range[2])), bytes.length - 1];
    return route.fulfill({
      status: 206,
      headers: { 'Content-Range': `bytes ${start}-${end}/${bytes.length}`, 'Content-Type': 'application/octet-stream' },
      body: bytes.subarray(start, end + 1),
    });
  });
}

test('the library of 300 bodies is searched by name: only the bodies found have their reports read', async ({
  page,
}) => {
  const asked: string[] = [];
  await serveSynthetic(page, asked);
  await page.goto('/?lang=en&view=library');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article[data-view="library"] header')).toContainText(
    '3,000 reports from 300 bodies: too many to list at once',
  );
  await expect(page.getByTestId('library-found')).toHaveText('Type part of a body’s name to list its reports.');
  await expect(page.locator('tr[data-report-id]')).toHaveCount(0);
  // The names of all, and no report of any body yet.
  expect(asked).toContain('names/data_0.parquet');
  expect(asked.filter((p) => p.startsWith('reports/'))).toEqual([]);

  await page.getByRole('searchbox', { name: 'Search' }).fill('s000150');
  await expect(page.getByTestId('library-found')).toHaveText('1 body matches: its reports are listed.');
  const rows = page.locator('tr[data-report-id]');
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toHaveAttribute('data-report-id', /^s000150-\d{4}$/);
  // The reports table read from that body's part alone.
  const { partOf } = await import('../../src/library/parts');
  const parts = JSON.parse(readFileSync(join(dir, 'parts.json'), 'utf8')) as { parts: number };
  expect(parts.parts).toBe(PARTS);
  expect(new Set(asked.filter((p) => p.startsWith('reports/')))).toEqual(
    new Set([`reports/part=${partOf('s000150', parts.parts)}/data_0.parquet`]),
  );
  // A year narrows the body's reports; a word every body has lists the first 20 and counts them all.
  await page.getByRole('searchbox', { name: 'Search' }).fill('s000150 2020');
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search' }).fill('county');
  await expect(page.getByTestId('library-found')).toHaveText(
    '300 bodies match: the reports of the first 20 are listed; add a word to find the others.',
  );
  await expect(rows).toHaveCount(100);
});

/** Requests asked more than once (the same file and range): the app asked again for what it had. */
const twice = (ranges: string[]) => ranges.filter((r, i) => ranges.indexOf(r) !== i);

test("a body's trends read its part of each table, asked for by the page before the app's scripts ran", async ({
  page,
}) => {
  const asked: string[] = [];
  const ranges: string[] = [];
  await serveSynthetic(page, asked, ranges);
  const order: string[] = [];
  page.on('request', (r) => order.push(new URL(r.url()).pathname));
  await page.goto('/?lang=en&view=trends&body=s000100');
  await expect(page.locator('figure rect.chart-mark').first()).toBeVisible();
  const { partOf } = await import('../../src/library/parts');
  const part = partOf('s000100', PARTS);
  expect(part).not.toBe('000');
  // parts.json and the body's part of each table, at once (the page says how many parts): their tails asked by
  // the boot script and taken by the app.
  expect(ranges[0]).toBe('parts.json ');
  expect(ranges.slice(1, 5).sort()).toEqual(
    ['bodies', 'cells', 'checks', 'reports'].map((t) => `${t}/part=${part}/data_0.parquet ${TAIL}`),
  );
  expect(new Set(asked)).toEqual(
    new Set(['parts.json', ...['bodies', 'cells', 'checks', 'reports'].map((t) => `${t}/part=${part}/data_0.parquet`)]),
  );
  expect(twice(ranges)).toEqual([]);
  // Each part whole in that one request (BODIES_PER_PART): no footer first and the body's rows after it.
  expect(ranges).toHaveLength(5);
  // Asked for with the app's scripts, not after them: before the library's chunk was requested.
  const chunk = order.findIndex((p) => /\/assets\/LibraryShell-/.test(p));
  expect(chunk).toBeGreaterThan(0);
  const tail = order.findIndex((p) => p.endsWith(`/data/tables/cells/part=${part}/data_0.parquet`));
  expect(order.findIndex((p) => p.endsWith('/data/tables/parts.json'))).toBeLessThan(chunk);
  expect(tail).toBeLessThan(chunk);
  // The build made no screen of this body: none asked for (a 404 is a round trip before anything else).
  expect(order.filter((p) => p.startsWith('/pre/'))).toEqual([]);
  expect(order.findIndex((p) => p.endsWith('/data/tables/parts.json'))).toBeLessThan(
    order.findIndex((p) => /\/assets\/main-/.test(p)),
  );
  expect(tail).toBeLessThan(order.findIndex((p) => /\/assets\/main-/.test(p)));
});

test("a view opened without a screen shows the view first, not the app's 'Loading the library…' (React then held it back 300 ms)", async ({
  page,
}) => {
  await serveSynthetic(page, []);
  // Every status the app shows outside the view's own <main> while the page loads: the fallback of its chunk.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __outside: string[] }).__outside = []);
    new MutationObserver(() => {
      for (const p of document.querySelectorAll('#root p[role="status"]'))
        if (!p.closest('main') && !seen.includes(p.textContent ?? '')) seen.push(p.textContent ?? '');
    }).observe(document, { subtree: true, childList: true });
  });
  for (const url of ['/?lang=en&view=trends&body=s000100', '/?lang=en&view=compare&year=2019']) {
    await page.goto(url);
    await expect(page.locator('figure rect.chart-mark').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __outside: string[] }).__outside)).toEqual([]);
  }
});

test("a page built with other tables (it says 1 part, there are 32): a body's trends still read the body's own part", async ({
  page,
}) => {
  const ranges: string[] = [];
  await serveSynthetic(page, [], ranges, 1);
  await page.goto('/?lang=en&view=trends&body=s000100');
  // The body's own figures: its rows were found (another part holds none of them).
  await expect(page.locator('article[data-body="s000100"] figure rect.chart-mark').first()).toBeVisible();
  const { partOf } = await import('../../src/library/parts');
  const part = partOf('s000100', PARTS);
  // The boot script's guess (part 000 of one) costs what it asked of that part (its tails); the app reads the
  // body's own part, as parts.json says: whole, in one request.
  expect(ranges.filter((r) => r.startsWith('cells/part=000/'))).toEqual([`cells/part=000/data_0.parquet ${TAIL}`]);
  expect(ranges.filter((r) => r.startsWith(`cells/part=${part}/`))).toEqual([
    `cells/part=${part}/data_0.parquet ${TAIL}`,
  ]);
  const parts = new Set(ranges.flatMap((r) => /part=(\w+)/.exec(r)?.slice(1) ?? []));
  expect([...parts].sort()).toEqual(['000', part]);
});

test("a body's trends: the page's worker reads the body's rows before the app's scripts have run", async ({ page }) => {
  const ranges: string[] = [];
  await serveSynthetic(page, [], ranges);
  // The app's entry held back: only the boot script and the worker it started are at work.
  await page.route('**/assets/main-*.js', () => undefined);
  const worker = page.waitForEvent('worker');
  await page.goto('/?lang=en&view=trends&body=s000150', { waitUntil: 'commit' });
  const { partOf } = await import('../../src/library/parts');
  const part = partOf('s000150', PARTS);
  // Each table's part came whole in one request, handed to the worker, and taken by its reading of the body's
  // rows (an answer the worker holds is dropped from its window.__early once a read takes it: src/data/early.ts).
  const taken = () =>
    worker.then((w) =>
      w.evaluate(() => {
        const early = (globalThis as { __early?: Record<string, unknown> }).__early ?? {};
        return Object.keys(early)
          .filter((k) => early[k] === undefined)
          .map((k) => k.replace(/^.*\/data\/tables\//, ''))
          .sort();
      }),
    );
  const tables = ['bodies', 'cells', 'checks', 'reports'].map((t) => `${t}/part=${part}/data_0.parquet`);
  await expect.poll(taken).toEqual(tables.map((t) => `${t}#${TAIL}`));
  expect(ranges.filter((r) => r.includes(`/part=${part}/`)).sort()).toEqual(tables.map((t) => `${t} ${TAIL}`));
  expect(twice(ranges)).toEqual([]);
});

test("a body's trends are decoded in the page's worker; where it cannot start, the page reads them itself", async ({
  page,
}) => {
  await serveSynthetic(page, []);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await page.goto('/?lang=en&view=trends&body=s000150');
  const summaries = page.getByTestId('trend-summary');
  await expect(page.locator('figure rect.chart-mark').first()).toBeVisible();
  // Every series mounted (they arrive in steps), then read.
  await expect(page.locator('[data-building]')).toHaveCount(0);
  expect(workers.filter((w) => /\/assets\/tables\.worker-[\w-]+\.js$/.test(w))).toHaveLength(1);
  const read = await summaries.allTextContents();
  expect(read.length).toBeGreaterThan(4);

  // The worker's script refused (a host that blocks it, a stale cache): the same trends, read on the page.
  const other = await page.context().newPage();
  await serveSynthetic(other, []);
  await other.route('**/assets/tables.worker-*', (route) => route.fulfill({ status: 404, body: '' }));
  await other.goto('/?lang=en&view=trends&body=s000150');
  await expect(other.locator('figure rect.chart-mark').first()).toBeVisible();
  await expect(other.locator('[data-building]')).toHaveCount(0);
  await expect(other.getByTestId('trend-summary')).toHaveCount(read.length);
  expect(await other.getByTestId('trend-summary').allTextContents()).toEqual(read);
});

test('compare across 300 bodies draws the 30 largest values and says how many there are', async ({ page }) => {
  const asked: string[] = [];
  const ranges: string[] = [];
  await serveSynthetic(page, asked, ranges);
  await page.goto('/?lang=en&view=compare&year=2020');
  const fig = page.locator('figure[data-chart-id="compare.2020.applications.new.all"]');
  await expect(fig.locator('rect.chart-mark')).toHaveCount(30);
  await expect(page.getByTestId('compare-largest')).toHaveText(
    'The 30 largest of 300 values; choose a kind of body or a province to see others.',
  );
  await expect(page.getByTestId('compare-ranking').locator('tr[data-body]')).toHaveCount(30);
  // An exported image says it is the largest values, not every body.
  const svg = (await exportFrom(page, fig, 'svg')).bytes.toString('utf8');
  expect(svg).toContain('The 30 largest of 300 values.');
  // Its figure's points and the outline: no part of any table.
  expect(asked.filter((p) => /^(cells|reports|checks)\//.test(p))).toEqual([]);
  // The figure's top (its 30 largest of each year and the year's counts), its tail asked for once: by the page,
  // before the app's scripts ran, and taken by the app. Not its points: 300 bodies' rows of every year.
  expect(ranges).toContain(`top/indicator=applications.new.all/data_0.parquet ${TAIL}`);
  expect(asked.filter((p) => p.startsWith('points/'))).toEqual([]);
  expect(twice(ranges)).toEqual([]);
  // A province kept reads the points (every body's province of the year), and ranks the same bodies here.
  const ranked = await page
    .getByTestId('compare-ranking')
    .locator('tr[data-body]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-body')));
  await page.goto('/?lang=en&view=compare&year=2020&region=fujian');
  await expect(fig.locator('rect.chart-mark')).toHaveCount(30);
  expect(ranges).toContain(`points/indicator=applications.new.all/data_0.parquet ${TAIL}`);
  await expect(page.getByTestId('compare-ranking').locator('tr[data-body]')).toHaveCount(30);
  expect(
    await page
      .getByTestId('compare-ranking')
      .locator('tr[data-body]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-body'))),
  ).toEqual(ranked);
});

/** The made-up body's names as the synthetic names table holds them. */
async function synthName(id: string) {
  const { asyncBufferFromFile, parquetMetadataAsync } = await import('hyparquet');
  const { readNames, NAMES_PATH } = await import('../../src/library/names');
  const file = await asyncBufferFromFile(join(dir, NAMES_PATH));
  const names = await readNames({ file, metadata: await parquetMetadataAsync(file) });
  const found = names.find((n) => n.id === id);
  if (!found) throw new Error(`${id} is not among the synthetic names`);
  return found.name;
}

test("the review board and My reports of a national library: an import is matched by the names table, the board lists the reader's reports and the bodies searched for, no table read whole", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const asked: string[] = [];
  await serveSynthetic(page, asked);
  const { partOf } = await import('../../src/library/parts');
  const part = partOf('s000150', PARTS);
  const own = (p: string) => !/^(cells|reports|bodies|checks)\//.test(p) || p.includes(`/part=${part}/`);
  // Pingtan's 2024 page under the made-up body's Chinese name.
  const name = await synthName('s000150');
  const html = readFileSync(join(import.meta.dirname, '../../reports/pingtan/2024.html'), 'utf8');
  await page.goto('/?lang=en&view=mine');
  await page.getByTestId('add-files').setInputFiles({
    name: 'county-2024.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html.replaceAll('平潭综合实验区', name['zh-Hans'])),
  });
  const imported = page.getByTestId('import-table').locator('tr[data-file="county-2024.html"]');
  await expect(imported).toHaveAttribute('data-state', 'imported', { timeout: 30_000 });
  // Filed under the library's body (its English name is the library's), found in the names table.
  const kept = page.getByTestId('mine-table').locator('tr[data-report-id="s000150-2024"]');
  await expect(kept).toContainText(name.en);
  expect(asked).toContain('names/data_0.parquet');
  expect(asked.filter((p) => !own(p))).toEqual([]);

  // The board: the reader's report at once, with its breaks across years counted against the library's years.
  const before = asked.length;
  await page.goto('/?lang=en&view=review');
  await expect(page.getByTestId('board-scale')).toContainText('The library holds 3,000 reports');
  const rows = page.getByTestId('review-board').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-mine', 'true');
  await expect(rows.first().locator('[data-count="across"]')).toHaveText(/^\d+$/);
  // Every body's names (2.8 MB at national scale) wait for a search: the reader's own reports need none.
  await expect(page.getByTestId('library-found')).toHaveText('Type part of a body’s name to list its reports.');
  expect(asked.slice(before).filter((p) => p.startsWith('names/'))).toEqual([]);
  // A body searched for by name adds the library's reports of that body, and the search stays in the address.
  await page.getByRole('searchbox', { name: 'Search' }).fill('s000151');
  await expect(page.getByTestId('library-found')).toHaveText('1 body matches: its reports are listed.');
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toHaveAttribute('data-report-id', /^s000151-\d{4}$/);
  await expect(page).toHaveURL(/[?&]q=s000151(&|$)/);
  expect(asked.slice(before)).toContain('names/data_0.parquet');
  const other = partOf('s000151', PARTS);
  expect(asked.filter((p) => !own(p) && !p.includes(`/part=${other}/`))).toEqual([]);
});

test('trends of a national library without a body: a body is found by its name and opened, no table read whole', async ({
  page,
}) => {
  const asked: string[] = [];
  await serveSynthetic(page, asked);
  await page.goto('/?lang=en&view=trends');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The years side by side');
  await page.getByRole('searchbox', { name: 'Search' }).fill('s000150');
  await expect(page.getByTestId('trends-found')).toHaveText('1 body matches.');
  const name = await synthName('s000150');
  await page.getByRole('link', { name: name.en }).click();
  await expect(page).toHaveURL(/[?&]body=s000150(&|$)/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name.en}: the years side by side`);
  await expect(page.locator('figure rect.chart-mark').first()).toBeVisible();
  // The names, then that body's part of each table: nothing else.
  const { partOf } = await import('../../src/library/parts');
  const part = partOf('s000150', PARTS);
  expect(asked.filter((p) => /^(cells|reports|bodies|checks)\//.test(p) && !p.includes(`/part=${part}/`))).toEqual([]);
});
