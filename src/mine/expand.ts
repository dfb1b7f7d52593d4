import { askWorker } from '../data/askWorker';
import type { ArchiveRefusal } from '../import/archive';
import type { Restorable } from './collection';
import type { UnzipAnswer } from './unzip.worker';

/**
 * What the reader gave (files, a folder's files, .zip archives) as the list of
 * files to import: an archive is unpacked (in a worker, with its limits) and its
 * reports listed as `archive.zip/inner/name`; one it refuses is a row of its own.
 */

export type Input =
  | { name: string; size: number; read: () => Promise<ArrayBuffer> }
  | { name: string; size: number; refused: Refusal }
  | Restorable;

export type Refusal =
  | { code: 'too-large'; max: number }
  | { code: 'archive'; refused: ArchiveRefusal }
  | { code: 'zip-broken'; message: string };

/** A report the reader picks may be at most this large (a scanned 60 MB PDF is refused anyway: it has no text). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** A .zip of reports may be larger: its files are checked one by one as they come out. */
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
const MB = 1024 * 1024;

const isZip = (name: string) => /\.zip$/i.test(name);

async function unzip(name: string, bytes: ArrayBuffer, depth: number): Promise<Input[]> {
  const answer = await askWorker<UnzipAnswer>(
    new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module' }),
    bytes,
    (m) => new Error(m || 'the archive reader failed to start'),
  ).catch((e: unknown): UnzipAnswer => ({ ok: false, message: e instanceof Error ? e.message : String(e) }));
  if (!answer.ok)
    return [
      {
        name,
        size: bytes.byteLength,
        refused: answer.refused
          ? { code: 'archive', refused: answer.refused }
          : { code: 'zip-broken', message: answer.message },
      },
    ];
  // A collection exported from My reports comes back as the reports it holds.
  if (answer.files.some((f) => f.name === 'manifest.json')) {
    const { readCollection } = await import('./collection');
    const collection = readCollection(name, new Map(answer.files.map((f) => [f.name, f.bytes])));
    if (collection) return collection;
  }
  const out: Input[] = [];
  for (const f of answer.files) {
    const inner = `${name}/${f.name}`;
    // An archive inside an archive is opened too, once: deeper nesting is how bombs hide.
    if (isZip(f.name) && depth < 1) out.push(...(await unzip(inner, f.bytes.buffer as ArrayBuffer, depth + 1)));
    else out.push(fileInput(inner, f.bytes.byteLength, async () => f.bytes.buffer as ArrayBuffer));
  }
  return out;
}

function fileInput(name: string, size: number, read: () => Promise<ArrayBuffer>): Input {
  return size > MAX_REPORT_BYTES
    ? { name, size, refused: { code: 'too-large', max: MAX_REPORT_BYTES / MB } }
    : { name, size, read };
}

/** A folder's files carry their path (webkitRelativePath); a dropped folder's, the path built while walking it. */
export const fileName = (f: File & { path?: string }) => f.path ?? (f.webkitRelativePath || f.name);

export async function expand(files: readonly File[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const f of files) {
    const name = fileName(f);
    if (!isZip(name)) out.push(fileInput(name, f.size, () => f.arrayBuffer()));
    else if (f.size > MAX_ARCHIVE_BYTES)
      out.push({ name, size: f.size, refused: { code: 'too-large', max: MAX_ARCHIVE_BYTES / MB } });
    else out.push(...(await unzip(name, await f.arrayBuffer(), 0)));
  }
  return out;
}
