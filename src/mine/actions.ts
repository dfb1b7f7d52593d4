import type { QueryClient } from '@tanstack/react-query';
import { downloadBlob } from '../export/download';
import type { Body } from '../library/types';
import { mineChanged } from './queries';
import { corrected, withId } from './record';

/** What the reader does to the reports kept: remove, correct a body or year, take them away as one file. */

export async function removeReports(client: QueryClient, ids?: readonly string[]): Promise<void> {
  await (await import('./db')).removeMine(ids);
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
  const stored = await db.allStored();
  const zip = collectionZip(stored, now);
  downloadBlob(
    new Blob([zip as BlobPart], { type: 'application/zip' }),
    `my-reports-${now.toISOString().slice(0, 10)}.zip`,
  );
  return stored.length;
}
