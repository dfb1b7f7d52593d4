import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './serve';
import { stats, type Stats } from './stats';

export interface PageScores {
  performance: Stats;
  accessibility: Stats;
  bestPractices: Stats;
  lcpMs: Stats;
  tbtMs: Stats;
  cls: Stats;
}

/**
 * Lighthouse 12.8.2, mobile preset (its default: simulated slow 4G, 4x CPU), in
 * Debian's Chromium, a fresh browser per run. Runs go round-robin over the pages
 * (page 1, 2, … then again), so a slow minute of the machine is shared by all
 * pages rather than landing on one.
 */
export async function lighthouseScores(urls: Record<string, string>, runs = 3): Promise<Record<string, PageScores>> {
  const raw: Record<string, Record<keyof PageScores, number[]>> = {};
  for (let i = 0; i < runs; i++)
    for (const [name, url] of Object.entries(urls)) {
      const r = (raw[name] ??= {
        performance: [],
        accessibility: [],
        bestPractices: [],
        lcpMs: [],
        tbtMs: [],
        cls: [],
      });
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM,
        chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      });
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no Lighthouse result for ${url}`);
        const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        const audit = (a: string) => lhr.audits[a]?.numericValue ?? Number.NaN;
        r.performance.push(score('performance'));
        r.accessibility.push(score('accessibility'));
        r.bestPractices.push(score('best-practices'));
        r.lcpMs.push(Math.round(audit('largest-contentful-paint')));
        r.tbtMs.push(Math.round(audit('total-blocking-time')));
        r.cls.push(Math.round(audit('cumulative-layout-shift') * 1000) / 1000);
        const failing = Object.values(lhr.audits).filter(
          (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
        );
        if (failing.length)
          console.log(`  ${name} (run ${i + 1}): failing audits: ${failing.map((a) => a.id).join(', ')}`);
      } finally {
        chrome.kill();
      }
      console.log(
        `  ${name} run ${i + 1}: performance ${r.performance.at(-1)}, LCP ${r.lcpMs.at(-1)} ms, TBT ${r.tbtMs.at(-1)} ms, CLS ${r.cls.at(-1)}`,
      );
    }
  return Object.fromEntries(
    Object.entries(raw).map(([name, r]) => [
      name,
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, stats(v)])) as unknown as PageScores,
    ]),
  );
}
