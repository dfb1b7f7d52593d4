import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { settled } from './serve';

/**
 * Issue 20's budgets: N reports imported at once in the browser (My reports:
 * file picker -> expand -> worker pool -> IndexedDB), as a disclosure office
 * drops a folder. The corpus's pages, PDFs and texts are repeated, each copy made
 * a distinct file (a comment or trailing bytes), so none is skipped as the same
 * file; copies of one body and year are kept beside each other (Keep both for all).
 * The main thread's JS heap is sampled through CDP while it runs.
 */

const SOURCES = [
  ...Array.from({ length: 15 }, (_, i) => `reports/pingtan/${2011 + i}.html`),
  'reports/others/hongze-2023.pdf',
  'reports/others/hongze-2024.pdf',
  'reports/others/shanghai-office-2019.rows.txt',
  'reports/others/shuyang-2025.ocr.md',
];

function files(n: number) {
  const bytes = SOURCES.map((p) => readFileSync(p));
  return Array.from({ length: n }, (_, i) => {
    const path = SOURCES[i % SOURCES.length] as string;
    const name = `${Math.floor(i / SOURCES.length)}-${path.split('/').pop()}`;
    const tail = path.endsWith('.html')
      ? `\n<!-- copy ${i} -->\n`
      : path.endsWith('.pdf')
        ? `\n%copy ${i}\n`
        : `\n\n`.repeat(1 + i);
    return {
      name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.concat([bytes[i % bytes.length] as Buffer, Buffer.from(tail)]),
    };
  });
}

export interface BatchResult {
  reports: number;
  tiny: boolean;
  pool: number;
  totalMs: number;
  perReportMs: number;
  imported: number;
  refused: number;
  peakHeapMB: number;
  finalHeapMB: number;
}

/** 10,000 tiny files in one .zip (not reports): each refused, none stopping the others. */
function tinyZip(n: number) {
  const entries: Record<string, Uint8Array> = {};
  for (let i = 0; i < n; i++) entries[`notes/${i}.txt`] = strToU8(`note ${i}`);
  return [{ name: 'tiny.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(entries, { level: 0 })) }];
}

export async function batchImport(browser: Browser, base: string, n: number, tiny = false): Promise<BatchResult> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
  };
  await page.goto(`${base}/?view=mine&lang=en`);
  await settled(page);
  const input = tiny ? tinyZip(n) : files(n);
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heap());
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const started = Date.now();
  await page.getByTestId('add-files').setInputFiles(input);
  const done = () =>
    page.waitForFunction(
      (count) => {
        const rows = [...document.querySelectorAll('[data-testid="import-table"] tr[data-state]')];
        const p = document.querySelector('[data-testid="import-run"] progress') as HTMLProgressElement | null;
        return (
          p !== null &&
          p.max === count &&
          p.value === count &&
          !document.querySelector('[data-testid="import-cancel"]') &&
          rows.length > 0
        );
      },
      n,
      { timeout: 30 * 60_000, polling: 250 },
    );
  await done();
  // Copies of one body and year wait for the reader: keep them all, as an office checking drafts would.
  const keepAll = page.getByRole('button', { name: /^Keep both for all/ });
  if (await keepAll.count()) {
    await keepAll.click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-run"]')?.getAttribute('data-asking') === '0',
      null,
      {
        timeout: 30 * 60_000,
        polling: 250,
      },
    );
  }
  // Every row is drawn only 100 at a time: count from the stored list instead.
  const kept = await page.evaluate(async () => {
    const open = indexedDB.open('disclosure-my-reports');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = db.transaction('reports').objectStore('reports').count();
    return new Promise<number>((resolve) => (count.onsuccess = () => resolve(count.result)));
  });
  const totalMs = Date.now() - started;
  sampling = false;
  await sampler;
  const pool = Number(await page.getByTestId('import-run').getAttribute('data-pool'));
  const result = {
    reports: n,
    tiny,
    pool,
    totalMs,
    perReportMs: Math.round(totalMs / n),
    imported: kept,
    refused: Number(await page.getByTestId('import-run').getAttribute('data-refused')),
    peakHeapMB: Math.round(peak),
    finalHeapMB: Math.round(await heap()),
  };
  await context.close();
  return result;
}
