import Dexie, { type EntityTable } from 'dexie';
import type { LoadedData } from '../data/loader';
import { DatasetLoadError } from '../data/loadError';
import { MINE_DB } from './name';
import type { MyReport, MyReportData, Stored } from './record';

/**
 * The reader's reports, kept in the browser's IndexedDB through Dexie: a small
 * record per report (listed with the library) and its dataset and text (read
 * only when it is opened). Nothing else touches IndexedDB.
 */

class MineDb extends Dexie {
  reports!: EntityTable<MyReport, 'id'>;
  data!: EntityTable<MyReportData, 'id'>;
  constructor() {
    super(MINE_DB);
    this.version(1).stores({ reports: 'id, sha, body.id, entry.year', data: 'id' });
  }
}

let db: MineDb | undefined;
const open = () => (db ??= new MineDb());

/** The browser refused to store more: what is stored stays. */
export class StorageFull extends Error {}

function isQuota(e: unknown): boolean {
  const names = [e, (e as { inner?: unknown } | null)?.inner].map((x) => (x as { name?: string } | null)?.name);
  return names.includes('QuotaExceededError');
}

export async function listMine(): Promise<MyReport[]> {
  return open().reports.orderBy('id').toArray();
}

export async function getData(id: string): Promise<MyReportData | undefined> {
  return open().data.get(id);
}

/** A kept report, as the dashboard opens it; one this browser does not keep says so. */
export async function loadMine(id: string): Promise<LoadedData> {
  const data = await getData(id);
  if (!data) throw new DatasetLoadError('mine-gone', 'not kept in this browser', { url: id });
  return { dataset: data.dataset, sourceText: data.text, warnings: data.warnings };
}

export async function getStored(id: string): Promise<Stored | undefined> {
  const [report, data] = await Promise.all([open().reports.get(id), open().data.get(id)]);
  return report && data ? { report, data } : undefined;
}

export async function bySha(sha: string): Promise<MyReport | undefined> {
  return open().reports.where('sha').equals(sha).first();
}

export async function byBodyYear(body: string, year: number): Promise<MyReport[]> {
  return (await open().reports.where('body.id').equals(body).toArray()).filter((r) => r.entry.year === year);
}

export async function hasId(id: string): Promise<boolean> {
  return (await open().reports.get(id)) !== undefined;
}

/** Stores a report (replacing `replaces` in the same transaction, when given). */
export async function putStored(s: Stored, replaces?: string): Promise<void> {
  const d = open();
  try {
    await d.transaction('rw', d.reports, d.data, async () => {
      if (replaces !== undefined && replaces !== s.report.id) {
        await d.reports.delete(replaces);
        await d.data.delete(replaces);
      }
      await d.reports.put(s.report);
      await d.data.put(s.data);
    });
  } catch (e) {
    if (isQuota(e)) throw new StorageFull(e instanceof Error ? e.message : String(e));
    throw e;
  }
}

export async function removeMine(ids?: readonly string[]): Promise<void> {
  const d = open();
  await d.transaction('rw', d.reports, d.data, async () => {
    if (ids === undefined) {
      await d.reports.clear();
      await d.data.clear();
      return;
    }
    await d.reports.bulkDelete([...ids]);
    await d.data.bulkDelete([...ids]);
  });
}

export async function allStored(): Promise<Stored[]> {
  const d = open();
  const [reports, data] = await Promise.all([d.reports.toArray(), d.data.toArray()]);
  const byId = new Map(data.map((x) => [x.id, x]));
  return reports.flatMap((report) => {
    const x = byId.get(report.id);
    return x ? [{ report, data: x }] : [];
  });
}
