import type { QueryClient } from '@tanstack/react-query';
import { zipSync } from 'fflate';
import type { DatasetSource, LoadedData } from '../data/loader';
import type { Lang } from '../data/schema';
import { checksDocx } from '../export/checksReport';
import type { Translate } from '../i18n/messages';
import { acrossOfMine, acrossYears, type AcrossYearResult } from '../library/acrossYears';
import { bodyQuery, reportDataUrl } from '../library/load';
import type { BodyFile, ReportSummary } from '../library/types';
import type { BoardRow } from './board';
import { applyReviews, type DraftReview } from './drafts';
import { reviewKey } from './draftsQuery';
import { reviewFindings } from './findings';
import { reportWords } from './words';

/**
 * The checks report of every report on the board, as Word files in one ZIP:
 * each made exactly as its own Checks view makes it (the reader's reviews
 * applied, across years against the year before), so an office can send a
 * batch back at once. `mine`: the reader's reports' summaries, for across years.
 */
export interface BulkInput {
  rows: readonly BoardRow[];
  lang: Lang;
  t: Translate;
  reviews: readonly DraftReview[];
  mine: readonly { id: string; body: { id: string }; summary: ReportSummary }[];
  shippedBodies: ReadonlySet<string>;
  version: string;
  checked: string;
  /** Called after each report, for progress. */
  onReport?: (done: number, total: number) => void;
  /** The dashboard's own loader (the app's first chunk holds it: passed in, not imported into a second chunk). */
  load: (source: DatasetSource) => Promise<LoadedData>;
  /** Where a library report's text lies beside its dataset. */
  textUrl: (dataUrl: string, file: string) => string;
}

async function acrossOf(client: QueryClient, row: BoardRow, input: BulkInput): Promise<AcrossYearResult[]> {
  const body = row.entry.body;
  const file: BodyFile | null = input.shippedBodies.has(body) ? await client.fetchQuery(bodyQuery(body)) : null;
  if (!row.mine) return file ? acrossYears(file) : [];
  const me = input.mine.find((m) => m.id === row.entry.id);
  if (!me) return [];
  return acrossOfMine(me, input.mine, file);
}

export async function checksReportsZip(client: QueryClient, input: BulkInput): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let done = 0;
  for (const row of input.rows) {
    const url = row.mine ? null : reportDataUrl(row.entry.data);
    const source: DatasetSource = url ? { kind: 'url', url } : { kind: 'mine', id: row.entry.id };
    const loaded = await input.load(source);
    const key = reviewKey(row.mine, row.entry.id);
    const d = applyReviews(
      loaded.dataset,
      input.reviews.filter((r) => r.report === key),
    ).dataset;
    const found = reviewFindings(d, await acrossOf(client, row, input));
    const text = d.meta.source && url ? input.textUrl(url, d.meta.source.file) : null;
    const words = reportWords(
      d,
      found,
      {
        checked: input.checked,
        version: input.version,
        source: d.meta.imported?.file ?? (text ? new URL(text, window.location.href).href : d.meta.title[input.lang]),
      },
      input.lang,
      input.t,
    );
    const docx = await checksDocx(words, input.lang);
    files[`${row.entry.id}.docx`] = new Uint8Array(await docx.arrayBuffer());
    input.onReport?.((done += 1), input.rows.length);
  }
  // Word files are compressed already.
  return zipSync(files, { level: 0 });
}
