import { readFileSync } from 'node:fs';
import { writeFloor } from './floor';
import { lighthouseScores, type PageScores } from './lighthouse';

/** Every view a reader can land on, as the bench and the README name them. */
export function benchPages(base: string, dist = 'dist'): Record<string, string> {
  const d = JSON.parse(readFileSync('public/data/luzhou-2018.json', 'utf8')) as { areas: { id: string }[] };
  return {
    'static floor': `${base}${writeFloor(dist)}`,
    overview: `${base}/?lang=en`,
    ...Object.fromEntries(
      d.areas.filter((a) => a.id !== 'overview').map((a) => [`${a.id} panel`, `${base}/?lang=en&area=${a.id}`]),
    ),
    checks: `${base}/?lang=en&area=checks`,
    'reading view': `${base}/?lang=en&view=text`,
    library: `${base}/?lang=en&view=library`,
    trends: `${base}/?lang=en&view=trends`,
    compare: `${base}/?lang=en&view=compare`,
    // Views reached by links, not only the defaults: a body, a report of the library, a filter, another year.
    "a body's trends": `${base}/?lang=en&view=trends&body=pingtan`,
    'a library report': `${base}/?lang=en&data=/data/library/pingtan-2020.json`,
    'a filtered area': `${base}/?lang=en&area=new-media&channel=weibo`,
    'compare, another year': `${base}/?lang=en&view=compare&year=2023&indicator=applications.new.all`,
    'embed (one chart)': `${base}/embed.html?embed=proactive-by-channel&lang=en`,
  };
}

export const TARGETS = { performance: 95, tbtMs: 100, lcpRatio: 1.4, cls: 0, accessibility: 100 };

export interface PageRow extends PageScores {
  lcpRatio: number;
  misses: string[];
}

/** Lighthouse for every page in one run, the floor's median LCP the yardstick for the rest. */
export async function pageBench(base: string, runs = 3, dist = 'dist'): Promise<Record<string, PageRow>> {
  const scores = await lighthouseScores(benchPages(base, dist), runs);
  const floor = scores['static floor']?.lcpMs.median ?? Number.NaN;
  return Object.fromEntries(
    Object.entries(scores).map(([name, s]) => {
      const lcpRatio = Math.round((s.lcpMs.median / floor) * 100) / 100;
      const misses = [
        s.performance.median < TARGETS.performance && `performance ${s.performance.median} < ${TARGETS.performance}`,
        s.tbtMs.median > TARGETS.tbtMs && `TBT ${s.tbtMs.median} ms > ${TARGETS.tbtMs} ms`,
        lcpRatio > TARGETS.lcpRatio && `LCP ${lcpRatio}x the floor > ${TARGETS.lcpRatio}x`,
        s.cls.max > TARGETS.cls && `CLS ${s.cls.max} > 0`,
        s.accessibility.min < TARGETS.accessibility && `accessibility ${s.accessibility.min} < 100`,
      ].filter((m): m is string => Boolean(m));
      return [name, { ...s, lcpRatio, misses }];
    }),
  );
}

const range = (s: { median: number; min: number; max: number }, unit = '') => `${s.median}${unit} (${s.min}–${s.max})`;

/** The README's per-view table, and which views miss which target. */
export function pageTable(rows: Record<string, PageRow>): string {
  const lines = [
    '| page | performance | accessibility | LCP | LCP ÷ floor | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...Object.entries(rows).map(
      ([name, r]) =>
        `| ${name} | ${range(r.performance)} | ${range(r.accessibility)} | ${range(r.lcpMs, ' ms')} | ${r.lcpRatio}x | ${range(r.tbtMs, ' ms')} | ${range(r.cls)} |`,
    ),
  ];
  const misses = Object.entries(rows).filter(([name, r]) => name !== 'static floor' && r.misses.length);
  lines.push(
    '',
    misses.length
      ? `Missed targets: ${misses.map(([name, r]) => `${name}: ${r.misses.join(', ')}`).join('; ')}.`
      : 'Every view meets every target (performance ≥ 95, TBT ≤ 100 ms, LCP ≤ 1.4x the floor, CLS 0, accessibility 100).',
  );
  return lines.join('\n');
}
