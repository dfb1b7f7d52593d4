import type { Browser } from '@playwright/test';
import { settled } from './serve';
import { stats, type Stats } from './stats';

/**
 * Importing a report in the browser, as a reader does (file picker -> worker ->
 * validated dataset): the app measures it as `report-import`. Each file is
 * opened `runs` times on a fresh page; the first, which also fetches the
 * importer's chunks, is reported apart.
 */
export async function importTiming(
  browser: Browser,
  base: string,
  files: Record<string, string>,
  runs = 5,
): Promise<Record<string, { first: number; warm: Stats }>> {
  const out: Record<string, { first: number; warm: Stats }> = {};
  for (const [label, path] of Object.entries(files)) {
    const page = await browser.newPage();
    await page.goto(`${base}/?lang=en`);
    await settled(page);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      await page.getByTestId('open-file').setInputFiles(path);
      await page.waitForFunction((n) => performance.getEntriesByName('report-import').length > n, i);
      await page.getByTestId('local-banner').waitFor();
    }
    times.push(...(await page.evaluate(() => performance.getEntriesByName('report-import').map((e) => e.duration))));
    out[label] = { first: Math.round(times[0] ?? 0), warm: stats(times.slice(1)) };
    await page.close();
  }
  return out;
}
