import { csvBlob, type Cell } from '../export/csv';
import type { BoardRow } from './board';

/** The board as Excel and WPS open it (UTF-8 with a BOM): ids in the header, names in the reader's language, blank where not counted. */
export function boardCsv(rows: readonly BoardRow[], checksUrl: (row: BoardRow) => string): Blob {
  const header = [
    'report_id',
    'body_id',
    'body',
    'year',
    'format',
    'read',
    'checks_holding',
    'errors',
    'to_confirm',
    'across_years',
    'parts_not_read',
    'checks_not_run',
    'drafted_not_reviewed',
    'mine',
    'checks_url',
  ];
  const body = rows.map((r): Cell[] => [
    r.entry.id,
    r.entry.body,
    r.bodyName,
    r.entry.year,
    r.entry.format,
    r.entry.read,
    r.counts.holds,
    r.counts.errors,
    r.counts.confirm,
    r.counts.across,
    r.counts.incomplete,
    r.counts['not-run'],
    r.counts.drafted,
    r.mine,
    checksUrl(r),
  ]);
  return csvBlob([header, ...body]);
}
