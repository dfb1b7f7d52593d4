import { takeEarly } from '../data/early';
import { TABLES_BASE } from '../query/tables';
import { PARTS_FILE, TABLE_NAMES, type PartsFile } from './parts';

let layout: Promise<PartsFile> | undefined;

const isText = (v: unknown): v is string => typeof v === 'string';
const isL10n = (v: unknown) => {
  const o = v as Record<string, unknown> | null;
  return typeof o === 'object' && o !== null && isText(o['zh-Hant']) && isText(o['zh-Hans']) && isText(o.en);
};

/** What parts.json must say: how many parts, which hold rows, and the library's outline. */
function valid(file: Partial<PartsFile>): file is PartsFile {
  const partList = (l: unknown) => Array.isArray(l) && l.every((p) => isText(p) && /^[0-9a-f]{3}$/.test(p));
  const { parts, present, years, levels, provinces } = file;
  return (
    typeof parts === 'number' &&
    parts >= 1 &&
    !!present &&
    TABLE_NAMES.every((t) => partList(present[t])) &&
    typeof years === 'object' &&
    years !== null &&
    Object.entries(years).every(([y, n]) => /^\d{4}$/.test(y) && Number.isInteger(n)) &&
    Array.isArray(levels) &&
    levels.every(isText) &&
    Array.isArray(provinces) &&
    provinces.every((p) => isText(p.id) && isL10n(p.name))
  );
}

/** parts.json, fetched once: how many parts the tables have, which hold rows, and the library's outline. */
export function partsLayout(): Promise<PartsFile> {
  const asked = (layout ??= (async () => {
    const url = `${TABLES_BASE}${PARTS_FILE}`;
    const res = await (takeEarly(url) ?? fetch(url));
    if (!res.ok) throw new Error(`${TABLES_BASE}${PARTS_FILE}: HTTP ${res.status}`);
    const file = (await res.json()) as Partial<PartsFile>;
    if (!valid(file)) throw new Error(`${TABLES_BASE}${PARTS_FILE} does not say how the tables are split`);
    return file;
  })());
  asked.catch(() => (layout = undefined));
  return asked;
}
