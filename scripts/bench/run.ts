import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium, type Browser } from '@playwright/test';
import { batchImport, type BatchResult } from './batchImport';
import { exportTiming } from './exportTiming';
import { filterLatency } from './filterLatency';
import { importTiming } from './importTiming';
import { initialJs } from './initialJs';
import { libraryBench } from './library';
import { pageBench, pageTable } from './pages';
import { scale } from './scale';
import { CHROMIUM, CHROMIUM_ARGS, servePreview } from './serve';
import { table } from './table';

/**
 * `npm run bench`: builds, serves the build, drives Chromium and writes
 * bench-results/bench.json plus a table on stdout. Not part of `npm test`.
 * Flags: --no-build, --quick (fewer runs, no 1000x, no Lighthouse), --pages
 * (only the Lighthouse table of every view), --batch (only many reports imported at once).
 */
const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !['--no-build', '--quick', '--pages', '--batch'].includes(a));
if (unknown.length) {
  console.error(`Unknown ${unknown.join(' ')}. Flags: --no-build, --quick, --pages, --batch.`);
  process.exit(2);
}
const quick = args.has('--quick');
// The production build, with its prerendered first screens (scripts/prerender.ts).
if (!args.has('--no-build')) execSync('npm run build', { stdio: 'inherit' });

if (args.has('--pages')) {
  const server = await servePreview(4390);
  try {
    console.log('Lighthouse 12.8.2 (mobile), every view, 3 runs…');
    const rows = await pageBench(server.url, 3);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/pages.json', `${JSON.stringify(rows, null, 2)}\n`);
    console.log(`\n${pageTable(rows)}`);
  } finally {
    server.stop();
  }
  process.exit(0);
}

/** 100 reports for the time budget (<= 40 s), 300 for the memory budget (< 1 GB main-thread heap), 10,000 tiny files. */
async function batches(browser: Browser, base: string): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for (const n of [100, 300]) {
    console.log(`${n} reports imported at once…`);
    out.push(await batchImport(browser, base, n));
  }
  console.log('10,000 tiny files in a .zip…');
  out.push(await batchImport(browser, base, 10_000, true));
  return out;
}

if (args.has('--batch')) {
  const server = await servePreview(4390);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const rows = await batches(browser, server.url);
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/batch.json', `${JSON.stringify(rows, null, 2)}\n`);
    console.log(table({ initialJs: initialJs('dist'), scale: [], batch: rows }));
  } finally {
    await browser.close();
    server.stop();
  }
  process.exit(0);
}

const js = initialJs('dist');
const embedJs = initialJs('dist', 'embed.html');
const server = await servePreview(4390);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const base = server.url;
  console.log('Filter latency at 4x CPU slowdown…');
  const filters = {
    overview: await filterLatency(browser, `${base}/?lang=en`, 'category:finance', quick ? 5 : 21),
    newMedia: await filterLatency(browser, `${base}/?lang=en&area=new-media`, 'channel:wechat', quick ? 5 : 21),
    'overview, a bar selected': await filterLatency(browser, `${base}/?lang=en`, 'bar', quick ? 5 : 21),
    'newMedia, a bar selected': await filterLatency(browser, `${base}/?lang=en&area=new-media`, 'bar', quick ? 5 : 21),
  };
  console.log('PNG export…');
  const exports = await exportTiming(
    browser,
    base,
    ['overview', 'new-media', 'standardization', 'reading-points'],
    quick ? 3 : 5,
  );
  console.log('Report import…');
  const imports = await importTiming(
    browser,
    base,
    {
      'web page (平潭 2021, 2021 format)': 'reports/pingtan/2021.html',
      'web page (平潭 2019, 2019 format)': 'reports/pingtan/2019.html',
      'PDF (洪泽 2024, 5 pages)': 'reports/others/hongze-2024.pdf',
    },
    quick ? 2 : 5,
  );
  const batch = quick ? [] : await batches(browser, base);
  console.log('Library of 10,000 reports…');
  // Quick: 3,000 reports (300 bodies, 8 parts), the smallest library too large to list whole, as at scale.
  const library = await libraryBench(browser, quick ? 3000 : 10000, quick ? 1 : 3);
  console.log('Synthetic scale…');
  const scaleRows = await scale(browser, base, quick ? [1, 10, 100] : [1, 10, 100, 1000], quick ? 1 : 3);
  let pages = null;
  if (!quick) {
    console.log('Lighthouse 12.8.2 (mobile), every view…');
    pages = await pageBench(base, 3);
  }
  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, chromium: browser.version(), cpus: cpus().length, cpu: cpus()[0]?.model },
    initialJs: js,
    embedJs,
    filterLatency4x: filters,
    exportPng2x: exports,
    importMs: imports,
    batch,
    library,
    scale: scaleRows,
    pages,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${table(report)}`);
  if (pages) console.log(`\n${pageTable(pages)}`);
} finally {
  await browser.close();
  server.stop();
}
