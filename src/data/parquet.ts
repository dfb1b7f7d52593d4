import { decompress } from 'fzstd';
import {
  asyncBufferFromUrl,
  cachedAsyncBuffer,
  parquetMetadataAsync,
  parquetReadObjects,
  type AsyncBuffer,
  type FileMetaData,
  type ParquetQueryFilter,
} from 'hyparquet';

/**
 * The open tables' Parquet files, read in the browser by hyparquet over HTTP
 * range requests: the footer first, then only the row groups and columns asked
 * for. The files are zstd-compressed (fzstd decompresses).
 */

export const compressors = {
  ZSTD: (input: Uint8Array, outputLength: number) => decompress(input, new Uint8Array(outputLength)),
};

export interface ParquetFile {
  file: AsyncBuffer;
  metadata: FileMetaData;
}

const opened = new Map<string, Promise<ParquetFile>>();

/** A Parquet file of the site (its footer read once, its byte ranges cached). */
export function openParquet(path: string): Promise<ParquetFile> {
  let p = opened.get(path);
  if (!p) {
    p = (async () => {
      const file = cachedAsyncBuffer(await asyncBufferFromUrl({ url: new URL(path, location.href).href }));
      // The footer's last 64 KB first (hyparquet's default is 512 KB): a small table's footer is a few KB.
      return { file, metadata: await parquetMetadataAsync(file, { initialFetchSize: 1 << 16 }) };
    })();
    p.catch(() => opened.delete(path));
    opened.set(path, p);
  }
  return p;
}

/**
 * The rows equal to `where` on each column it names, only `columns` of them: row
 * groups whose statistics rule the value out are never fetched (the tables are
 * ordered by body and year).
 */
export function readRows(
  pf: { file: AsyncBuffer; metadata?: FileMetaData },
  where: Record<string, string | number>,
  columns: readonly string[],
): Promise<Record<string, unknown>[]> {
  return parquetReadObjects({
    ...pf,
    columns: [...columns],
    // $eq spelled out: hyparquet skips a row group by its statistics only for an operator, not a bare value.
    ...(Object.keys(where).length > 0
      ? { filter: Object.fromEntries(Object.entries(where).map(([k, v]) => [k, { $eq: v }])) as ParquetQueryFilter }
      : {}),
    compressors,
    rowFormat: 'object',
  });
}
