import type { UnzipFileInfo } from 'fflate';

/**
 * Limits on a .zip of reports, shared by the browser and the command line: an
 * archive past any of them is refused whole, before a byte of it is unpacked.
 */

/** Unpacked, an archive may hold at most this much … */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;
/** … in at most this many files … */
export const MAX_ENTRIES = 20_000;
/** … each compressed no more than this (a report compresses 3-10x; a bomb thousands of times). */
export const MAX_RATIO = 200;

const MB = 1024 * 1024;

export type ArchiveRefusal =
  | { code: 'entries'; max: number }
  | { code: 'unpacked'; max: number }
  | { code: 'ratio'; entry: string; ratio: number };

const skipped = (name: string) =>
  name.endsWith('/') || name.startsWith('__MACOSX/') || (name.split('/').pop() ?? '').startsWith('.');

/** A filter for fflate's unzip that counts as it goes and stops at the first limit passed. */
export function archiveGuard() {
  let total = 0;
  let count = 0;
  let refused: ArchiveRefusal | undefined;
  const filter = (f: UnzipFileInfo) => {
    if (skipped(f.name)) return false;
    count += 1;
    total += f.originalSize;
    if (count > MAX_ENTRIES) refused ??= { code: 'entries', max: MAX_ENTRIES };
    else if (total > MAX_UNZIPPED_BYTES) refused ??= { code: 'unpacked', max: MAX_UNZIPPED_BYTES / MB };
    else if (f.size > 0 && f.originalSize / f.size > MAX_RATIO && f.originalSize > MB)
      refused ??= { code: 'ratio', entry: f.name, ratio: Math.round(f.originalSize / f.size) };
    return refused === undefined;
  };
  return { filter, refused: () => refused };
}

export function refusalText(r: ArchiveRefusal): string {
  if (r.code === 'entries') return `more than ${r.max} files in the archive`;
  if (r.code === 'unpacked') return `more than ${r.max} MB once unpacked`;
  return `${r.entry} unpacks to ${r.ratio} times its size (a zip bomb?)`;
}
