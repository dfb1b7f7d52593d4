import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { initialJs } from '../../scripts/bench/initialJs';

test('initial JavaScript (entry + modulepreloads) stays within 113 KB gzip', () => {
  const { gzipBytes, files } = initialJs('dist');
  // The app's own entry is counted, not only the inline boot script that asks for it.
  expect(files.some((f) => /\/assets\/main-/.test(f.file))).toBe(true);
  expect(gzipBytes / 1024, files.map((f) => `${f.file} ${f.gzip}`).join(', ')).toBeLessThanOrEqual(113);
});

test('the validator, the exports, the importer and Recharts are not part of it', () => {
  const names = initialJs('dist').files.map((f) => f.file);
  expect(names.some((n) => /parse|validate|zip|chart-|pdf|import|recharts|ChartView/.test(n))).toBe(false);
});

/** The main thread's scripts a view fetches until its charts are drawn (workers apart), gzipped (-9), in KB. */
async function fetchedJs(page: Page, url: string): Promise<{ kb: number; files: string[] }> {
  const scripts = new Set<string>();
  const workers = new Set<string>();
  page.on('worker', (w) => workers.add(new URL(w.url()).pathname));
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(url);
  await page.locator('rect.chart-mark').first().waitFor();
  await page.waitForLoadState('networkidle');
  const files = [...scripts].filter((f) => !workers.has(f));
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent),
  );
  const bytes = [
    ...files.map((f) => gzipSync(readFileSync(`dist${f}`), { level: 9 }).length),
    ...inline.map((s) => gzipSync(Buffer.from(s ?? ''), { level: 9 }).length),
  ];
  return { kb: bytes.reduce((a, b) => a + b, 0) / 1024, files };
}

test('the default view fetches at most 240 KB gzip of main-thread JavaScript, Recharts included', async ({ page }) => {
  const { kb, files } = await fetchedJs(page, '/?lang=en');
  // Recharts is in it: every chart is drawn by Recharts, loaded after the first screen.
  expect(
    files.some((f) => /ChartView|recharts/.test(f)),
    files.join(' '),
  ).toBe(true);
  expect(kb, files.join(' ')).toBeLessThanOrEqual(240);
});

test('the embed page loads less than the dashboard', async ({ page }) => {
  expect(initialJs('dist', 'embed.html').gzipBytes).toBeLessThan(initialJs('dist').gzipBytes);
  const dashboard = await fetchedJs(page, '/?lang=en');
  const embed = await fetchedJs(await page.context().newPage(), '/embed.html?embed=proactive-by-category&lang=en');
  expect(embed.kb).toBeLessThan(dashboard.kb);
});
