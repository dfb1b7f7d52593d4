import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Dataset, Fact } from '../../../src/data/schema';
import { schemaId } from '../../../src/import/ids';
import { importReport, type Imported } from '../../../src/import';

/**
 * Corpus files copied from ../shared/corpus (SOURCES.md beside them names their origin). The
 * library's reports live in reports/ (pingtan/<year>.html, others/…); the shapes only the tests
 * read stay in tests/fixtures/corpus. A path names the file as before, wherever it lives.
 */
const REPORTS = join(import.meta.dirname, '../../../reports');
const FIXTURES = join(import.meta.dirname, '../../fixtures/corpus');
export const corpusPath = (path: string): string =>
  existsSync(join(REPORTS, path)) ? join(REPORTS, path) : join(FIXTURES, path);
export const corpusBytes = (path: string) => new Uint8Array(readFileSync(corpusPath(path)));
export const corpusText = (path: string) => readFileSync(corpusPath(path), 'utf8');

const cache = new Map<string, Promise<Imported>>();

/** Imports a corpus file once per test run; fails the test with the importer's message. */
export function imported(path: string, partial = false): Promise<Imported> {
  const key = `${path}|${partial}`;
  let p = cache.get(key);
  if (!p) {
    p = importReport(corpusBytes(path), path.split('/').pop() ?? path, { partial }).then((r) => {
      if (!r.ok) throw new Error(`${path}: ${r.message}`);
      return r.value;
    });
    cache.set(key, p);
  }
  return p;
}

export const PINGTAN = Array.from({ length: 15 }, (_, i) => 2011 + i);
/** Corpus files that import whole. */
export const CLEAN = [
  ...PINGTAN.map((y) => `pingtan/${y}.html`),
  ...PINGTAN.map((y) => `pingtan/${y}.txt`),
  'others/hongze-2023.tables.txt',
  'others/hongze-2024.tables.txt',
  'others/hongze-2023.txt',
  'others/hongze-2024.txt',
  'others/shanghai-office-2019.rows.txt',
  'others/shuyang-2025.ocr.md',
];
/** Corpus files whose tables are mangled: they import only when a partial import is asked for. */
export const MANGLED = ['others/shanghai-office-2025.md', 'others/shanghai-stc-2024.md'];
/** The original PDFs that import (the others are there to be refused). */
export const PDFS = ['others/hongze-2023.pdf', 'others/hongze-2024.pdf'];

export const APPLICANTS = ['natural-person', 'business', 'research', 'ngo', 'legal-service', 'other-org', 'all'];
export const REVIEW = ['review', 'litigation-direct', 'litigation-after-review'].flatMap((g) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((r) => `${g}.${r}`),
);

/** A cell as typed from the source: a number, or the text of a cell without one ('' when empty). */
export type Expected = number | string;

export function factById(d: Dataset, dotted: string): Fact | undefined {
  return d.facts.find((f) => f.id === schemaId(dotted));
}

export function expectCell(d: Dataset, dotted: string, want: Expected): void {
  const f = factById(d, dotted);
  expect(f, dotted).toBeDefined();
  if (typeof want === 'number') {
    expect(f?.kind, dotted).toBe('quantity');
    if (f?.kind === 'quantity') expect(f.value, dotted).toBe(want);
  } else {
    expect(f?.kind, dotted).toBe('blank');
    if (f?.kind === 'blank') expect(f.written, dotted).toBe(want);
  }
}

/** Every cell of the application table: row id -> the seven values, applicant columns in the printed order. */
export function expectApplications(d: Dataset, rows: Record<string, Expected[]>): void {
  for (const [row, values] of Object.entries(rows)) {
    expect(values, row).toHaveLength(7);
    values.forEach((v, i) => expectCell(d, `applications.${row}.${APPLICANTS[i]}`, v));
  }
  const found = d.facts.filter((f) => f.area === 'applications').length;
  expect(found).toBe(Object.keys(rows).length * 7);
}

export function expectReviews(d: Dataset, values: Expected[]): void {
  expect(values).toHaveLength(15);
  values.forEach((v, i) => expectCell(d, REVIEW[i] ?? '', v));
  expect(d.facts.filter((f) => f.area === 'reviews-lawsuits')).toHaveLength(15);
}

export function expectProactive(d: Dataset, cells: Record<string, Expected>): void {
  for (const [id, v] of Object.entries(cells)) expectCell(d, `proactive.${id}`, v);
  expect(d.facts.filter((f) => f.area === 'proactive')).toHaveLength(Object.keys(cells).length);
}

/** The 2021 format's rows, in order, for tables typed row by row. */
export const ROWS_2021 = [
  'new',
  'carried-in',
  'disclosed',
  'partly-disclosed',
  'withheld.state-secret',
  'withheld.prohibited-by-law',
  'withheld.three-safeties',
  'withheld.third-party',
  'withheld.internal-affairs',
  'withheld.process-info',
  'withheld.enforcement-files',
  'withheld.inquiry-matters',
  'unavailable.not-held',
  'unavailable.needs-creation',
  'unavailable.unclear',
  'not-processed.petition',
  'not-processed.repeated',
  'not-processed.publications',
  'not-processed.excessive',
  'not-processed.confirmation',
  'other.no-correction',
  'other.unpaid-fee',
  'other.other',
  'total',
  'carried-over',
];

/** The 2019 layout: 三（六） as one row. */
export const ROWS_2019 = [
  ...ROWS_2021.filter((r) => !r.startsWith('other.')).slice(0, -2),
  'other-handling',
  'total',
  'carried-over',
];

/** Zips rows typed in the printed order with their ids. */
export function table(ids: readonly string[], rows: Expected[][]): Record<string, Expected[]> {
  expect(rows).toHaveLength(ids.length);
  return Object.fromEntries(ids.map((id, i) => [id, rows[i] ?? []]));
}
