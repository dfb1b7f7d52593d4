import type { Browser } from '@playwright/test';
import { settled } from './serve';
import { stats, type Stats } from './stats';

/**
 * PNG export at 2x, per chart: the app measures chart -> PNG Blob as
 * `export-png` (performance.measure); this clicks each chart's export menu
 * `runs` times and reads those measures.
 */
export async function exportTiming(browser: Browser, base: string, areas: string[], runs = 5) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const perChart: Record<string, Stats> = {};
  const all: number[] = [];
  for (const area of areas) {
    await page.goto(`${base}/?lang=en${area === 'overview' ? '' : `&area=${area}`}`);
    await settled(page);
    await page.locator('rect.chart-mark').first().waitFor();
    const ids = await page
      .locator('figure[data-chart-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-id') ?? ''));
    for (const id of ids) {
      const figure = page.locator(`figure[data-chart-id="${id}"]`);
      await page.evaluate(() => performance.clearMeasures('export-png'));
      for (let i = 0; i < runs + 1; i++) {
        await figure.getByRole('button', { name: /Export/ }).click();
        await Promise.all([page.waitForEvent('download'), page.locator('[data-export="png"]').click()]);
      }
      // The first run also fetches the export chunk; it is dropped.
      const times = (
        await page.evaluate(() => performance.getEntriesByName('export-png').map((e) => e.duration))
      ).slice(1);
      perChart[id] = stats(times);
      all.push(...times);
    }
  }
  await context.close();
  return { perChart, all: stats(all) };
}
