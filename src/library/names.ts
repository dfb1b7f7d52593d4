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

/** Every body's names, read whole. */
export async function readNames(pf: { file: AsyncBuffer; metadata: FileMetaData } | undefined): Promise<BodyName[]> {
  if (!pf) return [];
  const rows = await parquetReadObjects({ ...pf, compressors, rowFormat: 'object' });
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return rows.map((r) => ({
    id: text(r.body_id),
    name: { 'zh-Hant': text(r.name_zh_hant), 'zh-Hans': text(r.name_zh_hans), en: text(r.name_en) },
    aliases: text(r.aliases).split(' | ').filter(Boolean),
    reports: Number(r.reports ?? 0),
  }));
}
