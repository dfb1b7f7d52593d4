import type { QueryClient } from '@tanstack/react-query';
import { downloadBlob } from '../export/download';
import type { Body } from '../library/types';
import { mineChanged } from './queries';
import { corrected, withId, type Stored } from './record';
import { reviewKey } from '../review/drafts';
import { reviewsChanged, reviewsExist } from '../review/draftsQuery';

/** What the reader does to the reports kept: remove, correct a body or year, take them away as one file. */

export async function removeReports(client: QueryClient, ids?: readonly string[]): Promise<void> {
  await (await import('./db')).removeMine(ids);
  // A removed report's reviews go with it (a report kept again later is reviewed afresh).
  if (await reviewsExist()) {
    await (await import('../review/draftsDb')).removeMineReviews(ids);
    await reviewsChanged(client);
  }
  await mineChanged(client);
}

/** Files the report under another body and year (its id follows: <body>-<year>, -2 when taken). */
export async function correctReport(client: QueryClient, id: string, body: Body, year: number): Promise<string> {
  const db = await import('./db');
  const s = await db.getStored(id);
  if (!s) throw new Error(`${id} is not stored`);
  let next = corrected(s, body, year);
  const base = next.report.id;
  for (let n = 2; next.report.id !== id && (await db.hasId(next.report.id)); n += 1)
    next = withId(next, `${base}-${n}`);
  await db.putStored(next, id);
  await mineChanged(client);
  return next.report.id;
}

export async function exportCollection(now = new Date()): Promise<number> {
  const [db, { collectionZip }] = await Promise.all([import('./db'), import('./collection')]);
  const stored = await withReviews(await db.allStored());
  const zip = collectionZip(stored, now);
  downloadBlob(
    new Blob([zip as BlobPart], { type: 'application/zip' }),
    `my-reports-${now.toISOString().slice(0, 10)}.zip`,
  );
  return stored.length;
}

/** The reports as the reader reviewed them: confirmed figures marked reviewed, rejected ones left out. */
async function withReviews(stored: Stored[]): Promise<Stored[]> {
  if (!(await reviewsExist())) return stored;
  const reviews = await import('../review/draftsDb');
  const all = await reviews.allReviews();
  return stored.map((s) => {
    const own = all.filter((r) => r.report === reviewKey(true, s.report.id));
    if (own.length === 0) return s;
    return { ...s, data: { ...s.data, dataset: reviews.applyReviews(s.data.dataset, own).dataset } };
  });
}
