import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { filterLatency } from './filterLatency';
import { settled } from './serve';
import { stats, type Stats } from './stats';
import { synthesize } from './synth';

export interface ScaleRow {
  factor: number;
  facts: number;
  areas: number;
  megabytes: number;
  loadAndValidateMs: Stats;
  filterLatencyMs: Stats;
  chartsOnPage: number;
  chartsDrawn: number;
}

/** Writes synthetic reports into dist/data and measures each: load + validate, then filter latency at 4x. */
export async function scale(browser: Browser, base: string, factors: number[], loads = 3): Promise<ScaleRow[]> {
  const real = JSON.parse(readFileSync('dist/data/luzhou-2018.json', 'utf8')) as Dataset;
  const rows: ScaleRow[] = [];
  for (const factor of factors) {
    const d = factor === 1 ? real : synthesize(real, factor);
    const file = factor === 1 ? 'luzhou-2018.json' : `synthetic-${factor}x.json`;
    const text = JSON.stringify(d);
    if (factor !== 1) writeFileSync(`dist/data/${file}`, text);
    const url = `${base}/?lang=en${factor === 1 ? '' : `&data=/data/${file}`}`;
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      const page = await browser.newPage();
      await page.goto(url, { timeout: 180_000 });
      await settled(page, 180_000);
      await page.locator('[data-fact-id]').first().waitFor({ timeout: 180_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('dataset-load').at(-1)?.duration ?? NaN));
      await page.close();
    }
    const f = await filterLatency(browser, url, 'category:finance', factor >= 1000 ? 7 : 11);
    rows.push({
      factor,
      facts: d.facts.length,
      areas: d.areas.length,
      megabytes: Math.round((text.length / 1e6) * 10) / 10,
      loadAndValidateMs: stats(times),
      filterLatencyMs: f.latency,
      chartsOnPage: f.chartsOnPage,
      chartsDrawn: f.chartsDrawn,
    });
    console.log(
      `  ${factor}x: ${d.facts.length} facts, load+validate ${rows.at(-1)?.loadAndValidateMs.median} ms, filter ${f.latency.median} ms`,
    );
  }
  return rows;
}
