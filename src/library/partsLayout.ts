import { takeEarly } from '../data/early';
import { TABLES_BASE } from '../query/tables';
import { MAX_PARTS, PARTS_FILE, partDigits, partsFromJson, TABLE_NAMES, type PartsFile, type PartsJson } from './parts';

let layout: Promise<PartsFile> | undefined;

const isText = (v: unknown): v is string => typeof v === 'string';
const isL10n = (v: unknown) => {
  const o = v as Record<string, unknown> | null;
  return typeof o === 'object' && o !== null && isText(o['zh-Hant']) && isText(o['zh-Hans']) && isText(o.en);
};

/** What parts.json must say: how many parts (no more than the app makes), which hold no rows, and the outline. */
function valid(file: Partial<PartsJson>): file is PartsJson {
  const { parts, empty, years, levels, provinces } = file;
  const count = typeof parts === 'number' && Number.isInteger(parts) && parts >= 1 && parts <= MAX_PARTS;
  const name = count ? new RegExp(`^[0-9a-f]{${partDigits(parts)}}$`) : /^$/;
  const partList = (l: unknown) => Array.isArray(l) && l.every((p) => isText(p) && name.test(p));
  return (
    count &&
    !!empty &&
    TABLE_NAMES.every((t) => partList(empty[t])) &&
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
    const file = (await res.json()) as Partial<PartsJson>;
    if (!valid(file)) throw new Error(`${TABLES_BASE}${PARTS_FILE} does not say how the tables are split`);
    return partsFromJson(file);
  })());
  asked.catch(() => (layout = undefined));
  return asked;
}
