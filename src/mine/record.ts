import type { StoredNote } from '../import/notes';
import { reviewCounts } from '../review/counts';
import { reconcile } from '../data/reconcile';
import { MINE_PREFIX } from '../data/url';
import type { Dataset } from '../data/schema';
import { bodyInText, matchBody, relabel } from '../library/bodies';
import { headlineOf } from '../library/search';
import { reportYear, summarize } from '../library/summary';
import type { Body, LibraryEntry, ReportSummary } from '../library/types';

/**
 * A report the reader imported, as kept in the browser: a small record listed
 * beside the library's (its catalogue entry, its summary, its body) and, apart,
 * the dataset and text that load only when it is opened. Pure: built in the
 * import worker, renamed on the main thread when its id is taken.
 */

export type ReadAs = 'page' | 'pdf' | 'word' | 'text' | 'ocr';

export interface MyReport {
  id: string;
  /** SHA-256 of the file's bytes: the same file twice is imported once. */
  sha: string;
  file: string;
  added: number;
  readAs: ReadAs;
  /** Imported with parts it could not read (they are named in `warnings`). */
  partly: boolean;
  body: Body;
  /** The body matched a body of the library or of the reader's reports (else it is added as written). */
  known: boolean;
  /** The title names a body that differs from a known one only in characters OCR confuses. */
  suggested?: { body: string; written: string; how?: 'ocr' | 'text' };
  entry: LibraryEntry;
  summary: ReportSummary;
}

export interface MyReportData {
  id: string;
  dataset: Dataset;
  text: string;
  warnings: StoredNote[];
}

export interface Stored {
  report: MyReport;
  data: MyReportData;
}

export function readAsOf(kind: 'pdf' | 'docx' | 'html' | 'text', fileName: string): ReadAs {
  if (kind === 'pdf') return 'pdf';
  if (kind === 'docx') return 'word';
  if (kind === 'html') return 'page';
  // A text of recognized characters says so in its name (shuyang-2025.ocr.md), as OCR tools write it.
  return /(^|[._\s-])ocr([._\s-]|$)/i.test(fileName) ? 'ocr' : 'text';
}

/** A body the library does not list, as the report writes it (English: the Chinese name, untranslated). */
function bodyAsWritten(d: Dataset): Body {
  const name = d.meta.body?.name ?? d.meta.publisher;
  return {
    id: d.meta.body?.id ?? d.meta.id.replace(/-\d{4}$/, ''),
    name: { ...name, en: name.en || name['zh-Hans'] },
    region: d.meta.region,
  };
}

export interface Built {
  file: string;
  sha: string;
  readAs: ReadAs;
  partly: boolean;
  dataset: Dataset;
  text: string;
  warnings: StoredNote[];
}

/** The record of an imported report, matched to a known body by its title's name where one matches. */
export function buildRecord(b: Built, bodies: readonly Body[], added: number): Stored {
  const match = matchBody(bodies, b.dataset);
  // A title that names no body: the text may, and that body is offered (never applied).
  const inText = !match && !b.dataset.meta.body ? bodyInText(bodies, b.text) : undefined;
  const body = match?.how === 'name' ? match.body : bodyAsWritten(b.dataset);
  const dataset = relabel(b.dataset, body);
  return withId(
    {
      report: {
        id: dataset.meta.id,
        sha: b.sha,
        file: b.file,
        added,
        readAs: b.readAs,
        partly: b.partly,
        body,
        known: match?.how === 'name',
        ...(match?.how === 'ocr'
          ? { suggested: { body: match.body.id, written: match.written, how: 'ocr' as const } }
          : {}),
        ...(inText ? { suggested: { body: inText.id, written: '', how: 'text' as const } } : {}),
        ...described(dataset, body),
      },
      data: { id: dataset.meta.id, dataset, text: b.text, warnings: b.warnings },
    },
    dataset.meta.id,
  );
}

function described(d: Dataset, body: Body): { entry: LibraryEntry; summary: ReportSummary } {
  const summary = summarize(d, body.id, d.meta.id);
  return { entry: { ...entryOf(d, body), headline: headlineOf(summary) }, summary };
}

function entryOf(d: Dataset, body: Body): LibraryEntry {
  const results = reconcile(d);
  return {
    id: d.meta.id,
    body: body.id,
    year: reportYear(d),
    format: d.meta.format ?? 'free',
    title: d.meta.title,
    data: `${MINE_PREFIX}${d.meta.id}`,
    checks: { total: results.length, fails: results.filter((x) => x.verdict === 'fails').length },
    facts: d.facts.length,
    // Across years is counted against the library's files, which an import does not read: absent, not 0.
    review: reviewCounts(d),
    read: d.meta.imported?.from ?? 'hand',
  };
}

/** The same record under another id (a second report of a body and year kept beside the first). */
export function withId(s: Stored, id: string): Stored {
  const dataset = { ...s.data.dataset, meta: { ...s.data.dataset.meta, id } };
  return {
    report: {
      ...s.report,
      id,
      entry: { ...s.report.entry, id, data: `${MINE_PREFIX}${id}` },
      summary: { ...s.report.summary, report: id },
    },
    data: { ...s.data, id, dataset },
  };
}

/** The report under another body and year, as the reader corrected them; its summary and entry follow. */
export function corrected(s: Stored, body: Body, year: number): Stored {
  const d = s.data.dataset;
  // The reader chose the body: an OCR suggestion no longer applies.
  const report: Omit<MyReport, 'entry' | 'summary'> = { ...s.report, body, known: true };
  delete report.suggested;
  return buildFrom({ ...report }, s.data, relabel({ ...d, meta: { ...d.meta, year } }, body));
}

/** A record rebuilt from its dataset (a collection opened on another machine): its entry and summary are recomputed. */
export function buildFrom(
  report: Omit<MyReport, 'entry' | 'summary'>,
  data: MyReportData,
  dataset = data.dataset,
): Stored {
  return {
    report: {
      ...report,
      id: dataset.meta.id,
      ...described(dataset, report.body),
    },
    data: { ...data, id: dataset.meta.id, dataset },
  };
}
