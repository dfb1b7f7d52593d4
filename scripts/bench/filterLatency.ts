import type { Browser } from '@playwright/test';
import { settled as takenOver } from './serve';
import { stats, type Stats } from './stats';

declare global {
  interface Window {
    __latencies?: number[];
    __clicks?: number;
    __settled?: number[];
    __lastMutation?: number;
  }
}

/**
 * Click -> next paint for a filter checkbox or a bar (`filter` 'bar': select), at 4x CPU slowdown (CDP
 * Emulation.setCPUThrottlingRate), as the browser itself measures it: the
 * Event Timing API's `duration` of the click (input to the next paint after its
 * handlers, in 8 ms steps; clicks under 16 ms report no entry and count as 16).
 * "Settled" is the last change to the page after the click, charts included.
 */
export async function filterLatency(
  browser: Browser,
  url: string,
  filter: string,
  runs = 11,
): Promise<{ latency: Stats; settled: Stats; chartsOnPage: number; chartsDrawn: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await takenOver(page);
  await page.locator('[data-fact-id]').first().waitFor({ timeout: 120_000 });
  if ((await page.locator('figure[data-chart-id]').count()) > 0)
    await page.locator('rect.chart-mark').first().waitFor();
  const chartsOnPage = await page.locator('figure[data-chart-id]').count();
  const chartsDrawn = await page.locator('figure[data-chart-id] .chart-body svg').count();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__latencies = [];
    window.__settled = [];
    // "Settled": the last change to the page after a click, charts included.
    new MutationObserver(() => (window.__lastMutation = performance.now())).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') window.__latencies?.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  // 'bar': a click on the first chart's first bar, which selects it (and the next click clears the selection).
  const box =
    filter === 'bar'
      ? page.locator('figure[data-chart-id] rect.chart-mark').first()
      : page.locator(`input[data-filter="${filter}"]`).first();
  for (let i = 0; i < runs; i++) {
    const clickedAt = await page.evaluate(() => performance.now());
    await box.click();
    await page.waitForTimeout(1500);
    // No entry: the click painted within 16 ms.
    await page.evaluate((n) => {
      if ((window.__latencies?.length ?? 0) <= n) window.__latencies?.push(16);
    }, i);
    await page.evaluate((t) => window.__settled?.push((window.__lastMutation ?? t) - t), clickedAt);
  }
  const values = await page.evaluate(() => window.__latencies ?? []);
  const settled = await page.evaluate(() => window.__settled ?? []);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return { latency: stats(values), settled: stats(settled), chartsOnPage, chartsDrawn };
}
