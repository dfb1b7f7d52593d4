import { parquetReadObjects, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { compressors } from '../data/parquet';
import type { L10n } from '../data/schema';
import type { Body } from './types';

/**
 * The library search's own table at national scale, `names`: every body once, in
 * one file (`names/data_0.parquet`, by body id), with its names, other names and
 * how many reports it has. The library view of a library too large to list whole
 * searches these, then reads the reports of the bodies found from their parts.
 */

export const NAMES_PATH = 'names/data_0.parquet';

export interface NameRow {
  body_id: string;
  name_zh_hant: string;
  name_zh_hans: string;
  name_en: string;
  /** Other names its reports use, ' | ' between them; null when none. */
  aliases: string | null;
  reports: number;
}

export const nameRow = (b: Body, reports: number): NameRow => ({
  body_id: b.id,
  name_zh_hant: b.name['zh-Hant'],
  name_zh_hans: b.name['zh-Hans'],
  name_en: b.name.en,
  aliases: b.aliases?.join(' | ') || null,
  reports,
});

export interface BodyName {
  id: string;
  name: L10n;
  aliases: string[];
  reports: number;
}

/**
 * A column's strings decoded at once: the bytes of every value, NUL between them, through one TextDecoder call.
 * One call per value (hyparquet's way) was 2.1 s of the 4.2 s a national library took to read its names at 4x
 * CPU. A name holds no NUL; a blank (null) comes back as ''.
 */
function decodeColumn(values: unknown[]): string[] {
  let length = 0;
  for (const v of values) length += (v instanceof Uint8Array ? v.length : 0) + 1;
  const all = new Uint8Array(length);
  let at = 0;
  for (const v of values) {
    if (v instanceof Uint8Array) {
      all.set(v, at);
      at += v.length;
    }
    all[at++] = 0;
  }
  return new TextDecoder().decode(all).split('\0', values.length);
}

const TEXT_COLUMNS = ['body_id', 'name_zh_hant', 'name_zh_hans', 'name_en', 'aliases'] as const;

/** Every body's names, read whole. */
export async function readNames(pf: { file: AsyncBuffer; metadata: FileMetaData } | undefined): Promise<BodyName[]> {
  if (!pf) return [];
  // Strings come back as their bytes (decodeColumn turns a column into strings in one call).
  const rows = await parquetReadObjects({
    ...pf,
    compressors,
    parsers: { stringFromBytes: (b) => b },
    rowFormat: 'object',
  });
  const [id = [], hant = [], hans = [], en = [], aliases = []] = TEXT_COLUMNS.map((c) =>
    decodeColumn(rows.map((r) => r[c])),
  );
  return rows.map((r, i) => ({
    id: id[i] ?? '',
    name: { 'zh-Hant': hant[i] ?? '', 'zh-Hans': hans[i] ?? '', en: en[i] ?? '' },
    aliases: (aliases[i] ?? '').split(' | ').filter(Boolean),
    reports: Number(r.reports ?? 0),
  }));
}
