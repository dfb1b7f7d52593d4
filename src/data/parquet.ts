import { decompress } from 'fzstd';
import {
  parquetMetadataAsync,
  parquetReadObjects,
  type AsyncBuffer,
  type FileMetaData,
  type ParquetQueryFilter,
} from 'hyparquet';
import { TAIL_BYTES } from '../library/parts';
import { takeEarly } from './early';

/**
 * The open tables' Parquet files, read in the browser by hyparquet over HTTP
 * range requests: the file's last bytes first (its footer, and its size from
 * Content-Range), then only the row groups and columns asked for. The files are
 * zstd-compressed (fzstd decompresses).
 */

export const compressors = {
  ZSTD: (input: Uint8Array, outputLength: number) => decompress(input, new Uint8Array(outputLength)),
};

export interface ParquetFile {
  file: AsyncBuffer;
  metadata: FileMetaData;
}

const TAIL = TAIL_BYTES;

async function get(url: string, range: string): Promise<Response> {
  // Not through the HTTP cache: Chrome lets one request of a URL at a time write its cache entry, so the column
  // chunks of one file came one after another (12 ranges: 2.0 s on Fast 4G, 0.36 s uncached).
  const init: RequestInit = { headers: { Range: range }, cache: 'no-store' };
  const res = await (takeEarly(url, range, init) ?? fetch(url, init));
  if (!res.ok && res.status !== 404) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

/** `bytes a-b/size` of a 206 answer. */
function contentRange(res: Response): [number, number, number] | undefined {
  const m = /bytes (\d+)-(\d+)\/(\d+)/.exec(res.headers.get('Content-Range') ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** The file at `url` as hyparquet reads it, its tail read at once; undefined when the server has no such file (404). */
async function openUrl(url: string): Promise<AsyncBuffer | undefined> {
  let res = await get(url, `bytes=-${TAIL}`);
  // A host that answers every path with its app page (vite preview, many SPA hosts) has no such file either.
  if (res.status === 404 || res.headers.get('Content-Type')?.startsWith('text/html')) return undefined;
  let tail = await res.arrayBuffer();
  let size = tail.byteLength;
  let tailStart = 0;
  const range = res.status === 206 ? contentRange(res) : undefined;
  if (range) {
    [tailStart, , size] = range;
    // A server that reads "-32768" as "0-32768" (vite preview does) sent the head: ask for the tail by its offsets.
    if (tailStart === 0 && range[1] + 1 < size) {
      tailStart = Math.max(0, size - TAIL);
      res = await get(url, `bytes=${tailStart}-${size - 1}`);
      tail = await res.arrayBuffer();
    }
  }
  // Every range asked for, answered or on its way: a range inside one of them is cut from it, not asked again.
  const fetched: { start: number; end: number; bytes: Promise<ArrayBuffer> }[] = [];
  return {
    byteLength: size,
    slice(start, end = size) {
      if (start >= tailStart && end <= tailStart + tail.byteLength)
        return tail.slice(start - tailStart, end - tailStart);
      const within = fetched.find((f) => f.start <= start && end <= f.end);
      if (within) return within.bytes.then((b) => b.slice(start - within.start, end - within.start));
      const entry = {
        start,
        end,
        bytes: get(url, `bytes=${start}-${end - 1}`).then(async (r) => {
          const body = await r.arrayBuffer();
          // A server without ranges sends the whole file (200).
          return r.status === 200 ? body.slice(start, end) : body;
        }),
      };
      entry.bytes.catch(() => fetched.splice(fetched.indexOf(entry), 1));
      fetched.push(entry);
      return entry.bytes;
    },
  };
}

const opened = new Map<string, Promise<ParquetFile | undefined>>();

/** A Parquet file of the site (its footer read once, its byte ranges cached); undefined when it is not there. */
export function openParquet(path: string): Promise<ParquetFile | undefined> {
  let p = opened.get(path);
  if (!p) {
    p = (async () => {
      const file = await openUrl(new URL(path, location.href).href);
      if (!file) return undefined;
      return {
        file,
        metadata: await parquetMetadataAsync(file, { initialFetchSize: Math.min(TAIL, file.byteLength) }),
      };
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

/** The rows of the site's Parquet file at `url` equal to `where`, only `columns`; undefined when it is not there. */
export async function readFileRows(
  url: string,
  where: Record<string, string | number>,
  columns: readonly string[],
): Promise<Record<string, unknown>[] | undefined> {
  const file = await openParquet(url);
  return file && readRows(file, where, columns);
}
