import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { exportTiming } from './exportTiming';
import { initialJs } from './initialJs';
import { CHROMIUM, CHROMIUM_ARGS, servePreview } from './serve';

/**
 * `npm run bench`: builds, serves the build, drives Chromium and writes
 * bench-results/bench.json plus a table on stdout. Not part of `npm test`.
 */
const args = new Set(process.argv.slice(2));
if (!args.has('--no-build')) execSync('npx vite build', { stdio: 'inherit' });

const js = initialJs('dist');
const server = await servePreview(4390);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const chromiumVersion = browser.version();
  const exports = await exportTiming(browser, server.url, [
    'overview',
    'new-media',
    'standardization',
    'reading-points',
  ]);
  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, chromium: chromiumVersion, cpus: (await import('node:os')).cpus().length },
    initialJs: js,
    exportPng2x: exports,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nNode ${report.machine.node}, Chromium ${chromiumVersion}`);
  console.log(
    `Initial JS (entry + modulepreloads, gzip): ${(js.gzipBytes / 1024).toFixed(1)} KB in ${js.files.length} files`,
  );
  console.log(
    `PNG export at 2x, per chart: median ${exports.all.median} ms (min ${exports.all.min}, max ${exports.all.max}, ${exports.all.runs} runs)`,
  );
  for (const [id, s] of Object.entries(exports.perChart))
    console.log(`  ${id.padEnd(32)} ${String(s.median).padStart(6)} ms`);
} finally {
  await browser.close();
  server.stop();
}
