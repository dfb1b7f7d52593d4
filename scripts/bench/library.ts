import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { serveStatic } from './static';
import { stats, type Stats } from './stats';
import { synthesizeViews, synthesizeTables } from './synthTables';
import { withTablesParts } from '../prerender/boot';
import { partsFor } from '../../src/library/parts';

/**
 * The library at scale: a copy of the build whose open tables are a synthetic
 * library of `reports` reports (synthTables.ts), served by a static server that
 * answers range requests over HTTP/2 as a CDN does (static.ts), driven at 4x CPU slowdown on
 * a 4G network (DevTools' "Fast 4G": 9 Mbps down ×0.9, 1.5 Mbps up ×0.9, 165 ms).
 * Measures the library's first paint, a search keystroke to its next paint
 * (Event Timing, like the filter click), the time to a drawn trends view and
 * compare view, and the bytes each view fetched of the tables. A view that is
 * not drawn in time is said (its reason), not hidden.
 */
export interface LibraryBench {
  reports: number;
  tablesMB: number;
  libraryKB: Stats;
  trendsKB: Stats;
  compareKB: Stats;
  /** Why a view was not drawn (a timeout, a crash), when it was not. */
  failed: Partial<Record<'library' | 'found' | 'trends' | 'trendsAgain' | 'compare' | 'compareKept' | 'board', string>>;
  libraryFirstPaintMs: Stats;
  keystrokeMs: Stats;
  /** From the last keystroke of a body's id to its reports listed (read from its part). */
  foundMs: Stats;
  trendsDrawnMs: Stats;
  /** From the trends view's first request of a table to its last answer: the part that grows with the library. */
  trendsTablesMs: Stats;
  /**
   * Another body's trends on a return visit: the app's files in the browser's cache (as a CDN lets it keep them),
   * the data not. Issue 24's budget for a body's trends (1 s, 200 KB) is read here: 200 KB cannot include the app
   * (its scripts alone are more, gzip), so the budget is a view's own reads, the app at hand.
   */
  trendsAgainMs: Stats;
  /** The tables that return visit fetched for the other body (its part of each table). */
  trendsAgainKB: Stats;
  compareDrawnMs: Stats;
  /** From compare's first request of a table to its last answer. */
  compareTablesMs: Stats;
  /** Compare kept by a province: every body's province of the year is read. */
  compareKeptKB: Stats;
  compareKeptDrawnMs: Stats;
  /** The review board opened with a body searched (q= in its link): that body's reports listed. */
  boardKB: Stats;
  boardFoundMs: Stats;
}

const OUT = 'bench-results/dist-library';

async function buildCopy(
  reports: number,
  dist: string,
): Promise<{ tablesMB: number; body: (run: number) => string; other: (run: number) => string }> {
  rmSync(OUT, { recursive: true, force: true });
  cpSync(dist, OUT, { recursive: true });
  // The synthetic tables are kept between runs (1.5 M reports take minutes to make): made again only if absent,
  // or split otherwise than the app splits them now (parts.ts): tables of an older layout measure that layout.
  const tables = resolve(`bench-results/synth-${reports}`);
  const outline = join(tables, 'parts.json');
  const split = existsSync(outline) ? (JSON.parse(readFileSync(outline, 'utf8')) as { parts: number }).parts : 0;
  if (split !== partsFor(Math.max(1, Math.round(reports / 10)))) rmSync(tables, { recursive: true, force: true });
  const bytes = existsSync(join(tables, 'done'))
    ? Number(readFileSync(join(tables, 'done'), 'utf8'))
    : await synthesizeTables(tables, reports);
  writeFileSync(join(tables, 'done'), String(bytes));
  // Tables made before compare read its points: the points are added (a minute at 1.5 M, not the whole library).
  if (!existsSync(join(tables, 'views-done')))
    writeFileSync(join(tables, 'views-done'), String(await synthesizeViews(tables, reports)));
  rmSync(join(OUT, 'data/tables'), { recursive: true, force: true });
  symlinkSync(tables, join(OUT, 'data/tables'));
  // The page says how many parts its tables are in, as the build says of the tables it ships.
  const { parts } = JSON.parse(readFileSync(join(tables, 'parts.json'), 'utf8')) as { parts: number };
  const page = join(OUT, 'index.html');
  writeFileSync(page, withoutScreens(withTablesParts(readFileSync(page, 'utf8'), parts)));
  const bodies = Math.max(1, Math.round(reports / 10));
  const id = (n: number) => `s${String(n).padStart(6, '0')}`;
  // Another body each run, spread over the library (golden-ratio steps): one body measured a part that happened
  // to hold its rows in the first request, while a fifth of the bodies at 1.5 M needed a second one.
  const at = (x: number) => id(Math.floor(bodies * (x % 1)));
  return {
    tablesMB: Number((bytes / 1e6).toFixed(1)),
    body: (run) => at(0.5 + run * 0.618034),
    other: (run) => at(1 / 3 + run * 0.618034),
  };
}

/**
 * The page without the library views' screens: the build drew them from its own tables, not the synthetic ones,
 * so a view would open on another library's figures and redraw them when its own arrive. Without them each
 * view is measured as the app draws it from these tables (a view the build made no screen of). The boot
 * script's list of screens is emptied and its hash in the Content-Security-Policy made again.
 */
function withoutScreens(html: string): string {
  const boot = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!boot?.[1]) throw new Error('bench: no boot script in the page');
  const script = boot[1].replace(/"screens":\[[^\]]*\]/, '"screens":[]');
  if (script === boot[1]) throw new Error('bench: the boot script lists no library screens');
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return html.replace(boot[1], () => script).replace(hash(boot[1]), hash(script));
}

/** DevTools' "Fast 4G" (as Puppeteer's PredefinedNetworkConditions spell it), in bytes per second and ms. */
const FAST_4G = { downloadThroughput: (9e6 / 8) * 0.9, uploadThroughput: (1.5e6 / 8) * 0.9, latency: 60 * 2.75 };

async function throttled(browser: Browser, cached = false) {
  // The bench's own certificate (static.ts): HTTP/2 needs TLS.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Every view fetches what it reads, as a first visit does (and the bytes count); a return visit keeps the app.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cached });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...FAST_4G });
  return { page, close: () => context.close() };
}

/**
 * Bytes of the open tables fetched since the last call (bodies and headers of every
 * response), and the milliseconds from the first table request's start to the last one's end.
 */
function tableBytes(page: Page): () => Promise<number> & { spanMs?: number } {
  const pending: Promise<number>[] = [];
  let first = Infinity;
  let last = 0;
  page.on('request', (r) => {
    if (r.url().includes('/data/tables/')) first = Math.min(first, Date.now());
  });
  page.on('requestfinished', (r) => {
    if (!r.url().includes('/data/tables/')) return;
    last = Math.max(last, Date.now());
    // A request still finishing when a view timed out and its page closed has no sizes: counted as 0.
    pending.push(
      r.sizes().then(
        (s) => s.responseBodySize + s.responseHeadersSize,
        () => 0,
      ),
    );
  });
  return () => {
    const span = last > first ? last - first : 0;
    first = Infinity;
    last = 0;
    const p: Promise<number> & { spanMs?: number } = Promise.all(pending.splice(0)).then((all) =>
      all.reduce((a, b) => a + b, 0),
    );
    p.spanMs = span;
    return p;
  };
}

/**
 * Milliseconds from navigation start to the first frame that shows `selector` once the app has the page (no
 * prerendered screen left). The page notes it itself (a MutationObserver, then the next animation
 * frame): Playwright's polling runs on the page's thread, which at 4x CPU slowed what it measured (its injected
 * script took 55 ms of one trends load) and noticed late.
 */
async function timeTo(page: Page, url: string, selector: string, timeout = 60_000): Promise<number> {
  // As source text: tsx names the functions of a callback (`__name(...)`), which the page has not.
  const sel = JSON.stringify(selector);
  await page.addInitScript(`(() => {
    const w = window;
    w.__seen = w.__seen || {};
    w.__seenWait = w.__seenWait || {};
    const mo = new MutationObserver(() => {
      if (document.documentElement.classList.contains('pre') || !document.querySelector(${sel})) return;
      mo.disconnect();
      requestAnimationFrame(() => {
        w.__seen[${sel}] = performance.now();
        if (w.__seenWait[${sel}]) w.__seenWait[${sel}]();
      });
    });
    mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  })()`);
  await page.goto(url, { timeout });
  const seen = page.evaluate<number>(`new Promise((resolve) => {
    const w = window;
    if (w.__seen[${sel}] !== undefined) resolve(w.__seen[${sel}]);
    else w.__seenWait[${sel}] = () => resolve(w.__seen[${sel}]);
  })`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${selector} not shown in ${timeout} ms`)), timeout);
  });
  try {
    return await Promise.race([seen, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** `dist`: the build measured (another build's folder, to compare two). */
export async function libraryBench(
  browser: Browser,
  reports: number,
  runs: number,
  dist = 'dist',
): Promise<LibraryBench> {
  const { tablesMB, body, other } = await buildCopy(reports, dist);
  // HTTP/2, as a CDN answers: over HTTP/1.1 the tables' requests queued behind the app's 22 scripts on six connections.
  const server = await serveStatic(4391, OUT, { http2: true });
  try {
    const first: number[] = [];
    const trends: number[] = [];
    const trendsTables: number[] = [];
    const trendsAgain: number[] = [];
    const compare: number[] = [];
    const compareTables: number[] = [];
    const kept: number[] = [];
    const keys: number[] = [];
    const found: number[] = [];
    const board: number[] = [];
    const kb = {
      board: [] as number[],
      library: [] as number[],
      trends: [] as number[],
      trendsAgain: [] as number[],
      compare: [] as number[],
      compareKept: [] as number[],
    };
    const failed: LibraryBench['failed'] = {};
    const why = (e: unknown) => (e instanceof Error ? (e.message.split('\n')[0] ?? 'failed') : 'failed');
    // Each view in a page of its own browser context, as a link opens it on a first visit: nothing read or
    // cached by a view before is reused (a page keeps scripts it loaded in memory across its navigations, even
    // with the HTTP cache off: compare measured after trends on one page took 681 ms instead of 1,338).
    const fresh = async () => {
      const { page, close } = await throttled(browser);
      return { page, fetched: tableBytes(page), close };
    };
    for (let i = 0; i < runs; i++) {
      let view = await fresh();
      try {
        trends.push(await timeTo(view.page, `${server.url}/?lang=en&view=trends&body=${body(i)}`, 'rect.chart-mark'));
      } catch (e) {
        failed.trends = why(e);
      }
      const trendsFetch = view.fetched();
      kb.trends.push((await trendsFetch) / 1024);
      if (trendsFetch.spanMs) trendsTables.push(trendsFetch.spanMs);
      await view.close();
      // A return visit: one body's trends opened before (its files cached), then another body's.
      const again = await throttled(browser, true);
      const againFetched = tableBytes(again.page);
      try {
        await timeTo(again.page, `${server.url}/?lang=en&view=trends&body=${body(i)}`, 'rect.chart-mark');
        await againFetched();
        trendsAgain.push(
          await timeTo(again.page, `${server.url}/?lang=en&view=trends&body=${other(i)}`, 'rect.chart-mark'),
        );
        kb.trendsAgain.push((await againFetched()) / 1024);
      } catch (e) {
        failed.trendsAgain = why(e);
      }
      await again.close();
      view = await fresh();
      try {
        compare.push(await timeTo(view.page, `${server.url}/?lang=en&view=compare&year=2022`, 'rect.chart-mark'));
      } catch (e) {
        failed.compare = why(e);
      }
      const compareFetch = view.fetched();
      kb.compare.push((await compareFetch) / 1024);
      if (compareFetch.spanMs) compareTables.push(compareFetch.spanMs);
      await view.close();
      // Kept by a province: every body's province is read (the synthetic library is all Fujian: the most rows).
      view = await fresh();
      try {
        kept.push(
          await timeTo(view.page, `${server.url}/?lang=en&view=compare&year=2022&region=fujian`, 'rect.chart-mark'),
        );
      } catch (e) {
        failed.compareKept = why(e);
      }
      kb.compareKept.push((await view.fetched()) / 1024);
      await view.close();
      // The board of a library this large lists the reader's reports and the bodies searched for: every body's
      // names are read, then the body's part.
      view = await fresh();
      try {
        board.push(
          await timeTo(
            view.page,
            `${server.url}/?lang=en&view=review&q=${body(i)}`,
            `[data-testid="review-board"] tr[data-report-id^="${body(i)}-"]`,
          ),
        );
      } catch (e) {
        failed.board = why(e);
      }
      kb.board.push((await view.fetched()) / 1024);
      await view.close();
      // A library this large lists no report before a search: ready once every body's names are read.
      view = await fresh();
      const { page } = view;
      try {
        first.push(await timeTo(page, `${server.url}/?lang=en&view=library`, '[data-testid="library-found"]'));
      } catch (e) {
        failed.library = why(e);
        kb.library.push((await view.fetched()) / 1024);
        await view.close();
        continue;
      }
      await page.evaluate(() => {
        (window as unknown as { __keys: number[] }).__keys = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            if (e.name === 'keydown' || e.name === 'input' || e.name === 'keypress')
              (window as unknown as { __keys: number[] }).__keys.push(e.duration);
        }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      });
      // A body's id typed a key at a time: each keystroke searches every body's names.
      const box = page.getByRole('searchbox');
      for (const ch of body(i)) {
        await box.press(ch);
        await page.waitForTimeout(300);
      }
      const typed = await page.evaluate(() => performance.now());
      try {
        await page
          .locator(`tr[data-report-id^="${body(i)}-"]`)
          .first()
          .waitFor({ timeout: 30_000 });
        found.push((await page.evaluate(() => performance.now())) - typed);
      } catch (e) {
        failed.found = why(e);
      }
      kb.library.push((await view.fetched()) / 1024);
      const measured = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
      // Keystrokes that painted within 16 ms leave no entry: they count as 16.
      keys.push(...measured, ...Array(Math.max(0, body.length - measured.length)).fill(16));
      await view.close();
    }
    return {
      reports,
      tablesMB,
      libraryKB: stats(kb.library),
      trendsKB: stats(kb.trends),
      compareKB: stats(kb.compare),
      libraryFirstPaintMs: stats(first),
      keystrokeMs: stats(keys),
      foundMs: stats(found),
      trendsDrawnMs: stats(trends),
      trendsTablesMs: stats(trendsTables),
      trendsAgainMs: stats(trendsAgain),
      trendsAgainKB: stats(kb.trendsAgain),
      compareDrawnMs: stats(compare),
      compareTablesMs: stats(compareTables),
      compareKeptKB: stats(kb.compareKept),
      compareKeptDrawnMs: stats(kept),
      boardKB: stats(kb.board),
      boardFoundMs: stats(board),
      failed,
    };
  } finally {
    server.stop();
  }
}
