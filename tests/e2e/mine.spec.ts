import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { expect, test } from './test';
import { serveStatic } from '../../scripts/bench/static';
import { freePort } from '../../scripts/port';

/**
 * Issue 20: many reports at once, kept in the browser (IndexedDB, real), joined
 * to the library, trends and compare; removed; exported as one file and opened again.
 */

// Two years of a body the library does not ship: a shipped page's tables under another body's name.
const page2024 = readFileSync(join(import.meta.dirname, '../../reports/pingtan/2024.html'), 'utf8');
const asBody = (html: string, year: number) =>
  Buffer.from(html.replaceAll('平潭综合实验区', '福清市').replaceAll('2024', String(year)));
const files = [
  { name: 'fuqing-2024.html', mimeType: 'text/html', buffer: asBody(page2024, 2024) },
  { name: 'fuqing-2023.html', mimeType: 'text/html', buffer: asBody(page2024, 2023) },
  { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('shopping list: eggs, milk') },
];

test('three files at once (one junk): each has its status; after a reload the two are in the library, trends and compare; one removed; the collection exported and opened again', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/?view=mine&lang=en');
  await expect(page.getByRole('heading', { name: 'My reports', level: 1 })).toBeVisible();
  await page.getByTestId('add-files').setInputFiles(files);
  const table = page.getByTestId('import-table');
  await expect(table.locator('tr[data-file="fuqing-2024.html"]')).toHaveAttribute('data-state', 'imported', {
    timeout: 30_000,
  });
  await expect(table.locator('tr[data-file="fuqing-2023.html"]')).toHaveAttribute('data-state', 'imported');
  const junk = table.locator('tr[data-file="notes.txt"]');
  await expect(junk).toHaveAttribute('data-state', 'refused');
  await expect(junk.getByTestId('import-reason')).toContainText('Not read as a report');
  await expect(table.locator('tr[data-file="fuqing-2024.html"]')).toContainText('福清市');
  await expect(table.locator('tr[data-file="fuqing-2024.html"]')).toContainText('web page');
  await expect(page.getByTestId('import-progress')).toContainText('3 of 3 files done');
  // The status and the kept reports are accessible as they stand.
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Kept: a reload finds both, in the library (marked yours), in trends and in compare.
  await page.goto('/?view=library&lang=en');
  const mineRows = page.locator('[data-testid="library-table"] tr[data-mine]');
  await expect(mineRows).toHaveCount(2);
  await expect(mineRows.first().getByTestId('yours')).toHaveText('yours');
  await page.goto('/?view=trends&body=fuqingshi&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('福清市');
  await expect(page.getByTestId('trends-mine')).toContainText('2023, 2024');
  await expect(page.locator('figure[data-chart-id]').first()).toBeVisible();
  await page.goto('/?view=compare&year=2024&lang=en');
  await expect(page.locator('figure').first()).toContainText('福清市');
  // The board counts breaks across years for the reader's reports too: 2024's normative documents in force (440)
  // against 2023's 440 + issued − repealed (469); 2023 has no year before it here.
  await page.goto('/?view=review&only=mine&lang=en');
  const board = page.getByTestId('review-board');
  await expect(board.locator('tr[data-report-id="fuqingshi-2024"] td[data-count="across"]')).toHaveText('1');
  await expect(board.locator('tr[data-report-id="fuqingshi-2023"] td[data-count="across"]')).toHaveText('0');
  // Its checks report says the same: one break across years, 2024 against 2023.
  await page.goto('/?lang=en&data=mine:fuqingshi-2024&area=checks');
  await page.getByRole('button', { name: /^Checks report/ }).click();
  await page.locator('[data-export="checks-print"]').click();
  await expect(page.getByTestId('checks-report-summary')).toContainText('1 across years');
  await expect(page.locator('tr[data-finding="across-years"]')).toHaveCount(1);

  // Opened from the library, it is the report's own dashboard, read from storage.
  await page.goto('/?view=library&lang=en');
  await mineRows.filter({ hasText: '2023' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/data=mine%3Afuqingshi-2023|data=mine:fuqingshi-2023/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2023');

  // Remove one.
  await page.goto('/?view=mine&lang=en');
  const kept = page.getByTestId('mine-table');
  await expect(kept.locator('tr[data-report-id]')).toHaveCount(2);
  await kept.locator('tr[data-report-id="fuqingshi-2023"]').getByRole('button', { name: 'Remove' }).click();
  await expect(kept.locator('tr[data-report-id]')).toHaveCount(1);

  // Export the collection: a ZIP with a manifest, the dataset and the text.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the collection (.zip)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^my-reports-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
  expect(Object.keys(zip).sort()).toEqual([
    'datasets/fuqingshi-2024.json',
    'manifest.json',
    'texts/fuqingshi-2024.txt',
  ]);
  const manifest = JSON.parse(strFromU8(zip['manifest.json'] as Uint8Array));
  expect(manifest.reports.map((r: { id: string; file: string }) => [r.id, r.file])).toEqual([
    ['fuqingshi-2024', 'fuqing-2024.html'],
  ]);
  const text = strFromU8(zip['texts/fuqingshi-2024.txt'] as Uint8Array);
  const dataset = JSON.parse(strFromU8(zip['datasets/fuqingshi-2024.json'] as Uint8Array));
  // Every quote of the exported dataset is found at its offset in the exported text.
  const quoted = dataset.facts.filter((f: { quote?: string }) => f.quote);
  expect(quoted.length).toBeGreaterThan(50);
  for (const f of quoted as { quote: string; offset: number }[])
    expect(text.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);

  // Remove all, then open the exported file: the report comes back.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Remove all' }).click();
  await expect(page.getByText('None yet.')).toBeVisible();
  await page.getByTestId('add-files').setInputFiles({
    name: 'my-reports.zip',
    mimeType: 'application/zip',
    buffer: await readFile(await download.path()),
  });
  await expect(table.locator('tr[data-state="imported"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(kept.locator('tr[data-report-id="fuqingshi-2024"]')).toBeVisible();
});

test('the same file twice is imported once, and a second report of a stored body and year asks: replace or keep both', async ({
  page,
}) => {
  await page.goto('/?view=mine&lang=zh-Hans');
  const first = { name: 'a.html', mimeType: 'text/html', buffer: asBody(page2024, 2024) };
  await page.getByTestId('add-files').setInputFiles([first, { ...first, name: 'copy-of-a.html' }]);
  const table = page.getByTestId('import-table');
  await expect(table.locator('tr[data-file="a.html"]')).toHaveAttribute('data-state', 'imported', { timeout: 30_000 });
  await expect(table.locator('tr[data-file="copy-of-a.html"]')).toHaveAttribute('data-state', 'duplicate');
  await expect(table.locator('tr[data-file="copy-of-a.html"]')).toContainText('只导入一次');
  // The same body and year in other bytes: asked, then kept beside the first.
  const other = {
    name: 'b.html',
    mimeType: 'text/html',
    buffer: Buffer.from(`${asBody(page2024, 2024)}\n<!-- v2 -->`),
  };
  await page.getByTestId('add-files').setInputFiles(other);
  const row = table.locator('tr[data-file="b.html"]');
  await expect(row).toHaveAttribute('data-state', 'ask', { timeout: 30_000 });
  await row.getByRole('button', { name: '两份都保留' }).click();
  await expect(row).toHaveAttribute('data-state', 'both');
  await expect(page.getByTestId('mine-table').locator('tr[data-report-id]')).toHaveCount(2);
  await expect(page.getByTestId('mine-table').locator('tr[data-report-id="fuqingshi-2024-2"]')).toBeVisible();
});

test('a folder of reports is imported with its subfolders, and a zip bomb is refused whole in the reader’s language', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'reports-'));
  mkdirSync(join(dir, '2023'));
  writeFileSync(join(dir, 'fuqing-2024.html'), asBody(page2024, 2024));
  writeFileSync(join(dir, '2023', 'fuqing-2023.html'), asBody(page2024, 2023));
  writeFileSync(join(dir, '.DS_Store'), 'x');
  await page.goto('/?view=mine&lang=zh-Hant');
  await page.getByTestId('add-folder').setInputFiles(dir);
  const table = page.getByTestId('import-table');
  await expect(table.locator('tr[data-state="imported"]')).toHaveCount(2, { timeout: 30_000 });
  await expect(table.locator('tr[data-file$="2023/fuqing-2023.html"]')).toBeVisible();
  // 64 MB of zeros in a few kilobytes: refused before anything is unpacked.
  const bomb = zipSync({ 'report.html': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
  await page
    .getByTestId('add-files')
    .setInputFiles({ name: 'bomb.zip', mimeType: 'application/zip', buffer: Buffer.from(bomb) });
  const row = table.locator('tr[data-file="bomb.zip"]');
  await expect(row).toHaveAttribute('data-state', 'refused', { timeout: 30_000 });
  await expect(row.getByTestId('import-reason')).toContainText('壓縮炸彈');
});

test('a report opened on its own is kept: after a reload its link opens it from My reports; an OCR misreading of a body is offered for correction', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page
    .getByTestId('open-file')
    .setInputFiles(join(import.meta.dirname, '../../reports/others/shuyang-2025.ocr.md'));
  await expect(page.getByTestId('local-banner')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Kept in My reports' })).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page).toHaveURL(/data=mine/);
  await expect(page.getByTestId('mine-banner')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2025');
  // Its title reads 沐阳 (OCR for 沭阳): kept as written, the library's body suggested.
  await page.goto('/?view=mine&lang=en');
  const row = page.getByTestId('mine-table').locator('tr[data-report-id]');
  await expect(row.getByTestId('suggested-body')).toContainText('Shuyang County People’s Government');
  await row.getByRole('button', { name: 'File it under that body' }).click();
  await expect(page.getByTestId('mine-table').locator('tr[data-report-id="shuyang-2025"]')).toBeVisible();
  await expect(page.getByTestId('suggested-body')).toHaveCount(0);
});

test('Cancel keeps what finished and stops the rest', async ({ page }) => {
  await page.goto('/?view=mine&lang=en');
  // Twelve distinct PDFs read one after another: Cancel comes while most still wait.
  const pdf = readFileSync(join(import.meta.dirname, '../../reports/others/hongze-2024.pdf'));
  const many = Array.from({ length: 12 }, (_, i) => ({
    name: `hongze-${i}.pdf`,
    mimeType: 'application/pdf',
    buffer: Buffer.concat([pdf, Buffer.from(`\n%copy ${i}\n`)]),
  }));
  await page.getByTestId('add-files').setInputFiles(many);
  const table = page.getByTestId('import-table');
  await expect(table.locator('tr[data-state="imported"]')).toHaveCount(1, { timeout: 30_000 });
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-cancel')).toHaveCount(0);
  const cancelled = await table.locator('tr[data-state="cancelled"]').count();
  expect(cancelled).toBeGreaterThan(0);
  const finished = await table.locator('tr[data-state="imported"], tr[data-state="ask"]').count();
  expect(finished + cancelled).toBe(12);
  await page.reload();
  await expect(page.getByTestId('mine-table').locator('tr[data-report-id]')).toHaveCount(1);
});

test('a PDF is imported from a plain static host, which serves a type it does not know (.mjs) as octet-stream', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // The build served as many static hosts serve it: known types only (scripts/bench/static.ts), the rest as
  // octet-stream, which a browser refuses for a module worker.
  const host = await serveStatic(freePort(), join(import.meta.dirname, '../../dist'));
  try {
    await page.goto(`${host.url}/?view=mine&lang=en`);
    await page.waitForFunction(() => (window as unknown as { __appReady?: boolean }).__appReady === true);
    await page
      .getByTestId('add-files')
      .setInputFiles(join(import.meta.dirname, '../../reports/others/hongze-2024.pdf'));
    await expect(page.getByTestId('import-table').locator('tr[data-file="hongze-2024.pdf"]')).toHaveAttribute(
      'data-state',
      'imported',
      { timeout: 40_000 },
    );
  } finally {
    host.stop();
  }
});
