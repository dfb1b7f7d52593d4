import type { QueryClient } from '@tanstack/react-query';
import type { Translate } from '../i18n/messages';
import { openFile } from './openFile';

/**
 * Files the reader picked or dropped: one report opens at once (and is kept);
 * several, a folder or a .zip go to My reports, imported side by side.
 */
export async function openFiles(
  files: readonly File[],
  t: Translate,
  client: QueryClient,
  folder = false,
): Promise<void> {
  const [only] = files;
  if (only && files.length === 1 && !folder && !/\.zip$/i.test(only.name)) return openFile(only, t, client);
  if (files.length === 0) return;
  // The batch importer (and its store) loads only when many files come.
  const { startImport } = await import('../mine/run');
  await startImport(files, client);
}

type Entry = FileSystemEntry;

function readAll(dir: FileSystemDirectoryEntry): Promise<Entry[]> {
  const reader = dir.createReader();
  const all: Entry[] = [];
  // readEntries answers in batches (100 in Chromium) until it answers with none.
  return new Promise((resolve, reject) => {
    const more = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) return resolve(all);
        all.push(...batch);
        more();
      }, reject);
    more();
  });
}

async function walk(entry: Entry, path: string, out: File[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push(Object.assign(file, { path: `${path}${file.name}` }));
  } else if (entry.isDirectory) {
    for (const child of await readAll(entry as FileSystemDirectoryEntry))
      await walk(child, `${path}${entry.name}/`, out);
  }
}

/**
 * What was dropped, folders walked (hidden files skipped); `folder` when a folder
 * was among them. Entries and files are taken in the drop handler: the browser
 * empties the DataTransfer once it returns.
 */
export async function droppedFiles(
  entries: readonly (FileSystemEntry | null)[],
  files: readonly File[],
): Promise<{ files: File[]; folder: boolean }> {
  if (entries.length === 0 || entries.some((e) => e === null) || !entries.some((e) => e?.isDirectory))
    return { files: [...files], folder: false };
  const out: File[] = [];
  for (const e of entries) if (e) await walk(e, '', out);
  return { files: out, folder: true };
}

/** Opens what was dropped: one report at once, or many (a folder, several files) in My reports. */
export async function openDropped(
  entries: readonly (FileSystemEntry | null)[],
  dropped: readonly File[],
  t: Translate,
  client: QueryClient,
): Promise<void> {
  const { files, folder } = await droppedFiles(entries, dropped);
  await openFiles(files, t, client, folder);
}
