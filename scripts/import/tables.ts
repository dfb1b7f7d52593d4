import type { Cell } from '../../src/export/csv';
import { factCheck, reconcile } from '../../src/data/reconcile';
import type { Dataset } from '../../src/data/schema';

/**
 * The command line's three tables (issue 20): every cell and drafted figure of
 * every report, every check of every report, and one row per input file. Pure:
 * rows from datasets and outcomes, written as CSV by scripts/import.ts.
 */

export type Outcome =
  | {
      file: string;
      result: 'imported' | 'partly read';
      reportId: string;
      dataset: Dataset;
      warnings: string[];
      /** A library body its title names but for a character OCR confuses: to be confirmed by a person. */
      suggested?: { id: string; note: string };
    }
  | { file: string; result: 'refused'; reason: string }
  | { file: string; result: 'duplicate'; reason: string; sameAs: string };

export const CELL_HEADER = [
  'report_id',
  'body_id',
  'body',
  'year',
  'format',
  'fact_id',
  'label',
  'value',
  'written',
  'unit',
  'from_text',
  'check',
] as const;

const bodyOf = (d: Dataset) => ({
  id: d.meta.body?.id ?? '',
  name: d.meta.body?.name['zh-Hans'] ?? d.meta.publisher['zh-Hans'],
});

/** One row per fact: a blank cell stays empty (never 0), a date keeps its date. */
export function cellRows(reportId: string, d: Dataset): Cell[][] {
  const body = bodyOf(d);
  return d.facts.map((f) => [
    reportId,
    body.id,
    body.name,
    d.meta.year ?? '',
    d.meta.format ?? 'free',
    f.id,
    f.label['zh-Hans'],
    f.kind === 'quantity' ? f.value : f.kind === 'date' ? f.date : '',
    f.written,
    f.kind === 'quantity' ? (f.unit ?? '') : '',
    f.drafted === true,
    factCheck(d, f.id).state,
  ]);
}

export const CHECK_HEADER = [
  'report_id',
  'check_id',
  'kind',
  'label',
  'stated',
  'computed',
  'difference',
  'result',
  'parts',
] as const;

/** One row per check; a difference within the written figures' rounding holds, as in the Checks view. */
export function checkRows(reportId: string, d: Dataset): Cell[][] {
  return reconcile(d).map((r) => [
    reportId,
    r.relation.id,
    r.relation.kind,
    r.relation.label['zh-Hans'],
    r.stated,
    r.computed,
    r.difference,
    r.verdict === 'fails' ? 'does-not-hold' : 'holds',
    r.facts.join(' '),
  ]);
}

export const SUMMARY_HEADER = [
  'file',
  'result',
  'report_id',
  'body',
  'year',
  'format',
  'facts',
  'failing_checks',
  'suggested_body',
  'reason',
] as const;

export function summaryRow(o: Outcome): Cell[] {
  if (o.result === 'refused' || o.result === 'duplicate')
    return [o.file, o.result, '', '', '', '', '', '', '', o.reason];
  const d = o.dataset;
  const failing = reconcile(d).filter((r) => r.verdict === 'fails').length;
  return [
    o.file,
    o.result,
    o.reportId,
    bodyOf(d).name,
    d.meta.year ?? '',
    d.meta.format ?? 'free',
    d.facts.length,
    failing,
    o.suggested?.id ?? '',
    [o.suggested?.note, o.result === 'partly read' ? o.warnings.join(' ') : ''].filter(Boolean).join(' '),
  ];
}
