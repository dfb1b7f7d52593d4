import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { BodyFile, Catalogue } from '../../src/library/types';
import { servePreview, settled } from './serve';
import { stats, type Stats } from './stats';
import { synthesizeLibrary } from './synthLibrary';

/**
 * The library at scale: a copy of the build whose library is a synthetic one of
 * `reports` reports (same layout, real-looking numbers), served apart, driven at
 * 4x CPU slowdown. Measures the library's first paint, a search keystroke to
 * its next paint (Event Timing, like the filter click), and the time to a drawn
 * trends view and compare view.
 */
export interface LibraryBench {
  reports: number;
  catalogueMB: number;
  libraryFirstPaintMs: Stats;
  keystrokeMs: Stats;
  trendsDrawnMs: Stats;
  compareDrawnMs: Stats;
}

const OUT = 'bench-results/dist-library';

function buildCopy(reports: number): { catalogueMB: number; body: string } {
  rmSync(OUT, { recursive: true, force: true });
  cpSync('dist', OUT, { recursive: true });
  const from = 'public/data/library';
  const catalogue = Catalogue.parse(JSON.parse(readFileSync(join(from, 'catalogue.json'), 'utf8')));
  const template = BodyFile.parse(JSON.parse(readFileSync(join(from, 'bodies/pingtan.json'), 'utf8')));
  const files = synthesizeLibrary(catalogue, template, { reports, seed: 1, data: '../luzhou-2018.json' });
  const lib = join(OUT, 'data/library');
  rmSync(lib, { recursive: true, force: true });
  for (const [rel, content] of files) {
    mkdirSync(dirname(join(lib, rel)), { recursive: true });
    writeFileSync(join(lib, rel), content);
  }
  const cat = Catalogue.parse(JSON.parse(files.get('catalogue.json') ?? '{}'));
  return {
    catalogueMB: Number(((files.get('catalogue.json')?.length ?? 0) / 1e6).toFixed(1)),
    body: cat.bodies[350]?.id ?? '',
  };
}

async function throttled(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { page, close: () => context.close() };
}

/** Milliseconds from navigation start until `selector` is on the page. */
async function timeTo(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { timeout: 120_000 });
  await settled(page);
  await page.locator(selector).first().waitFor({ timeout: 120_000 });
  return page.evaluate(() => performance.now());
}

export async function libraryBench(browser: Browser, reports: number, runs: number): Promise<LibraryBench> {
  const { catalogueMB, body } = buildCopy(reports);
  const server = await servePreview(4391, OUT);
  try {
    const first: number[] = [];
    const trends: number[] = [];
    const compare: number[] = [];
    const keys: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { page, close } = await throttled(browser);
      first.push(await timeTo(page, `${server.url}/?lang=en&view=library`, 'tr[data-report-id]'));
      await page.evaluate(() => {
        (window as unknown as { __keys: number[] }).__keys = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            if (e.name === 'keydown' || e.name === 'input' || e.name === 'keypress')
              (window as unknown as { __keys: number[] }).__keys.push(e.duration);
        }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      });
      const box = page.getByRole('searchbox');
      for (const ch of 'zone 2021') {
        await box.press(ch === ' ' ? 'Space' : ch);
        await page.waitForTimeout(300);
      }
      const measured = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
      // Keystrokes that painted within 16 ms leave no entry: they count as 16.
      keys.push(...measured, ...Array(Math.max(0, 9 - measured.length)).fill(16));
      trends.push(await timeTo(page, `${server.url}/?lang=en&view=trends&body=${body}`, 'rect.chart-mark'));
      compare.push(await timeTo(page, `${server.url}/?lang=en&view=compare&year=2022`, 'rect.chart-mark'));
      await close();
    }
    return {
      reports,
      catalogueMB,
      libraryFirstPaintMs: stats(first),
      keystrokeMs: stats(keys),
      trendsDrawnMs: stats(trends),
      compareDrawnMs: stats(compare),
    };
  } finally {
    server.stop();
  }
}
