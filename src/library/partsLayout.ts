import { TABLES_BASE } from '../query/tables';
import { PARTS_FILE, TABLE_NAMES, type PartsFile } from './parts';

let layout: Promise<PartsFile> | undefined;

/** parts.json, fetched once: how many parts the tables have and which hold rows. */
export function partsLayout(): Promise<PartsFile> {
  layout ??= (async () => {
    const url = `${TABLES_BASE}${PARTS_FILE}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${TABLES_BASE}${PARTS_FILE}: HTTP ${res.status}`);
    const file = (await res.json()) as Partial<PartsFile>;
    const valid = (l: unknown) => Array.isArray(l) && l.every((p) => typeof p === 'string' && /^[0-9a-f]{3}$/.test(p));
    const { parts, present } = file;
    if (typeof parts !== 'number' || !(parts >= 1) || !present || !TABLE_NAMES.every((t) => valid(present[t])))
      throw new Error(`${TABLES_BASE}${PARTS_FILE} does not say how the tables are split`);
    return { parts, present };
  })();
  layout.catch(() => (layout = undefined));
  return layout;
}
