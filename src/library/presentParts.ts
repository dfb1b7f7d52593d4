import { TABLES_BASE } from '../query/tables';
import { PARTS_FILE, TABLE_NAMES, type PartsFile, type TableName } from './parts';

let present: Promise<PartsFile['present']> | undefined;

/** Each table's parts that hold rows (parts.json), fetched once: what a reader of a whole table opens. */
export async function presentParts(table: TableName): Promise<string[]> {
  present ??= (async () => {
    const res = await fetch(`${TABLES_BASE}${PARTS_FILE}`);
    if (!res.ok) throw new Error(`${TABLES_BASE}${PARTS_FILE}: HTTP ${res.status}`);
    const lists = ((await res.json()) as Partial<PartsFile>).present;
    const valid = (l: unknown) => Array.isArray(l) && l.every((p) => typeof p === 'string' && /^[0-9a-f]{3}$/.test(p));
    if (!lists || !TABLE_NAMES.every((t) => valid(lists[t])))
      throw new Error(`${TABLES_BASE}${PARTS_FILE} does not list the tables' parts`);
    return lists;
  })();
  present.catch(() => (present = undefined));
  return (await present)[table];
}
