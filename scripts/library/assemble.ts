import type { z } from 'zod';
import { parseDataset } from '../../src/data/parse';
import { reconcile } from '../../src/data/reconcile';
import { acrossYears } from '../../src/library/acrossYears';
import { INDICATORS } from '../../src/library/indicators';
import { reviewCounts } from '../../src/review/counts';
import { headlineOf } from '../../src/library/search';
import { summarize } from '../../src/library/summary';
import {
  BodyFile,
  Catalogue,
  YearFile,
  type Body,
  type LibraryEntry,
  type ReportSummary,
} from '../../src/library/types';
import type { ReadReport } from './read';

/**
 * The library's files from the reports read: each imported dataset and its text
 * (what the site ships beside the open tables), and, when asked, the reference
 * the tests hold the tables to: the catalogue, one file per body and one per
 * year, summarized straight from the datasets (no view reads them: the views read
 * the tables). Pure and ordered (bodies as listed, then year), so the same
 * reports give byte-identical files whatever order they come in; every file
 * passes its schema before it is returned.
 */

export function entryOf(r: ReadReport, across?: number): LibraryEntry {
  const d = r.dataset;
  const results = reconcile(d);
  return {
    id: r.id,
    body: r.body.id,
    year: summaryOf(r).year,
    format: d.meta.format ?? 'free',
    title: d.meta.title,
    data: r.data,
    checks: { total: results.length, fails: results.filter((x) => x.verdict === 'fails').length },
    facts: d.facts.length,
    review: reviewCounts(d, across),
    read: d.meta.imported?.from ?? 'hand',
    headline: headlineOf(summaryOf(r)),
  };
}

/** Per report: the across-year identities that fail where it is the later year. */
function acrossFails(reports: readonly ReadReport[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const body of new Map(reports.map((r) => [r.body.id, r.body])).values()) {
    const file = { body, reports: reports.filter((r) => r.body.id === body.id).map(summaryOf) };
    for (const a of acrossYears(file)) {
      const report = file.reports.find((s) => s.year === a.year)?.report;
      if (report) out.set(report, (out.get(report) ?? 0) + (a.verdict === 'fails' ? 1 : 0));
    }
  }
  return out;
}

const summaries = new WeakMap<ReadReport, ReportSummary>();
function summaryOf(r: ReadReport): ReportSummary {
  let s = summaries.get(r);
  if (!s) summaries.set(r, (s = summarize(r.dataset, r.body.id, r.id)));
  return s;
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new Error(`${what} does not pass its schema: ${first.join('; ')}`);
}

/** The reports in the library's order: bodies as listed, then year. */
export function ordered(read: readonly ReadReport[], bodies: readonly Body[]): ReadReport[] {
  const rank = new Map(bodies.map((b, i) => [b.id, i]));
  const order = (a: ReadReport, b: ReadReport) =>
    (rank.get(a.body.id) ?? 0) - (rank.get(b.body.id) ?? 0) || summaryOf(a).year - summaryOf(b).year;
  return [...read].sort(order);
}

/** Relative path -> file contents. */
export function assemble(
  read: readonly ReadReport[],
  bodies: readonly Body[],
  { reference = false }: { reference?: boolean } = {},
): Map<string, string> {
  const reports = ordered(read, bodies);
  const ids = new Set<string>();
  for (const r of reports) {
    if (ids.has(r.id)) throw new Error(`two reports have the id ${r.id}`);
    ids.add(r.id);
  }
  const files = new Map<string, string>();
  for (const r of reports) {
    if (r.text === undefined) continue;
    const parsed = parseDataset(r.dataset);
    if (!parsed.ok) throw new Error(`${r.id}: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
    files.set(`${r.id}.json`, json(parsed.data));
    files.set(`${r.id}.txt`, r.text);
  }
  if (!reference) return files;
  const across = acrossFails(reports);
  const used = bodies.filter((b) => reports.some((r) => r.body.id === b.id));
  const catalogue = check(
    Catalogue,
    {
      schemaVersion: 1,
      reports: reports.map((r) => entryOf(r, across.get(r.id) ?? 0)),
      bodies: used,
      indicators: INDICATORS,
    },
    'catalogue.json',
  );
  files.set('catalogue.json', json(catalogue));
  for (const body of used) {
    const file = { body, reports: reports.filter((r) => r.body.id === body.id).map(summaryOf) };
    files.set(`bodies/${body.id}.json`, json(check(BodyFile, file, `bodies/${body.id}.json`)));
  }
  const years = [...new Set(reports.map((r) => summaryOf(r).year))].sort((a, b) => a - b);
  for (const year of years) {
    const file = { year, reports: reports.filter((r) => summaryOf(r).year === year).map(summaryOf) };
    files.set(`years/${year}.json`, json(check(YearFile, file, `years/${year}.json`)));
  }
  return files;
}
