import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { archiveGuard, refusalText } from '../../src/import/archive';

export { MAX_ENTRIES, MAX_RATIO, MAX_UNZIPPED_BYTES } from '../../src/import/archive';

/**
 * The command line's inputs: files as named, folders walked (hidden entries
 * skipped), a .zip opened in memory. Every file found becomes a row of the
 * summary, refused ones with their reason; a hostile archive is refused whole.
 */

export type Input = { name: string; bytes: Uint8Array } | { name: string; refused: string };

/** Larger than any report the importer reads in one go (a 200-page scanned PDF is ~60 MB). */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;
const MB = 1024 * 1024;

function walk(path: string, out: string[]) {
  const st = statSync(path);
  if (!st.isDirectory()) {
    out.push(path);
    return;
  }
  for (const entry of readdirSync(path).sort()) if (!entry.startsWith('.')) walk(join(path, entry), out);
}

function unzip(name: string, bytes: Uint8Array): Input[] {
  const guard = archiveGuard();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: guard.filter });
  } catch (e) {
    return [{ name, refused: `not a readable ZIP archive (${e instanceof Error ? e.message : String(e)})` }];
  }
  const refused = guard.refused();
  if (refused) return [{ name, refused: `archive refused: ${refusalText(refused)}` }];
  return Object.keys(files)
    .sort()
    .flatMap((inner) => {
      const entry = `${name}/${inner}`;
      const data = files[inner] as Uint8Array;
      return inner.toLowerCase().endsWith('.zip') ? unzip(entry, data) : [{ name: entry, bytes: data }];
    });
}

/** Every input file under the named paths, in a stable order. */
export function collectInputs(paths: readonly string[]): Input[] {
  const found: string[] = [];
  for (const p of paths) walk(p, found);
  return found.flatMap((file): Input[] => {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return [{ name: file, refused: `larger than ${MAX_FILE_BYTES / MB} MB` }];
    const bytes = new Uint8Array(readFileSync(file));
    return file.toLowerCase().endsWith('.zip') ? unzip(file, bytes) : [{ name: file, bytes }];
  });
}
