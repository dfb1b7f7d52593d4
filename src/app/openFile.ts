import { isReportFile, MAX_FILE_BYTES } from '../data/loader';
import type { QueryClient } from '@tanstack/react-query';
import type { Translate } from '../i18n/messages';
import { useStore } from '../state/store';

/**
 * Reads a file the reader picked or dropped, refusing one over the cap before
 * reading a byte of it: a .json file is read as the dashboard's JSON, anything
 * else goes to the importer (a report, or a format it names and says what to do with).
 */
export async function openFile(file: File, t: Translate, client: QueryClient): Promise<void> {
  const { toast, openLocalFile } = useStore.getState();
  if (file.size > MAX_FILE_BYTES) {
    toast(`${file.name}: ${t('error.too-large', { max: MAX_FILE_BYTES / 1024 / 1024 })}`, 'error');
    return;
  }
  try {
    if (isReportFile(file.name)) {
      openLocalFile({ name: file.name, bytes: await file.arrayBuffer() });
      // Once read, it is kept in My reports too, so a reload loses nothing.
      const opened = useStore.getState().localFile;
      if (opened) void import('../mine/keep').then((m) => m.keepWhenRead(client, opened, t));
    } else openLocalFile({ name: file.name, text: await file.text() });
  } catch (e) {
    toast(`${file.name}: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}
