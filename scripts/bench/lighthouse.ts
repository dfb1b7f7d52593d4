import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './serve';
import { stats, type Stats } from './stats';

/** Lighthouse 12.8.2, mobile preset (its default), in Debian's Chromium: median of `runs` runs per page. */
export async function lighthouseScores(urls: Record<string, string>, runs = 3) {
  const out: Record<string, Record<string, Stats> & { tbtMs: Stats; lcpMs: Stats }> = {};
  for (const [name, url] of Object.entries(urls)) {
    const scores: Record<string, number[]> = { performance: [], accessibility: [], 'best-practices': [] };
    const tbt: number[] = [];
    const lcp: number[] = [];
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM,
        chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      });
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(scores),
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`no Lighthouse result for ${url}`);
        for (const [c, list] of Object.entries(scores)) list.push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
        tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
        lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
        const failing = Object.values(lhr.audits).filter(
          (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
        );
        if (i === 0 && failing.length) console.log(`  ${name}: failing audits: ${failing.map((a) => a.id).join(', ')}`);
      } finally {
        chrome.kill();
      }
    }
    out[name] = {
      ...Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, stats(v)])),
      tbtMs: stats(tbt),
      lcpMs: stats(lcp),
    } as Record<string, Stats> & { tbtMs: Stats; lcpMs: Stats };
  }
  return out;
}
