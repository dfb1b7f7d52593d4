import { allStored } from '../mine/db';
import { tableRows, type Row, type TableName } from '../library/tableRows';

/**
 * The reader's own reports (kept in this browser) as rows of the four tables,
 * made by the same code that makes the library's: they join the console's
 * tables. Their dataset and text columns name them as the app does (mine:<id>),
 * since their files live in this browser, not on the site.
 */
export async function mineRows(): Promise<Record<TableName, Row[]> | undefined> {
  // A browser without storage has the library alone.
  const stored = await allStored().catch(() => []);
  if (stored.length === 0) return undefined;
  const reports = stored.map(({ report, data }) => ({
    id: report.entry.id,
    body: report.body,
    dataset: data.dataset,
    text: data.text,
    data: report.entry.data,
    source: { note: report.file },
  }));
  const bodies = [...new Map(reports.map((r) => [r.body.id, r.body])).values()];
  const rows = tableRows(reports, bodies, (rel) => rel);
  for (const r of rows.reports) r.text = r.dataset ?? null;
  return rows;
}
