import { MAX_FILE_BYTES } from '../data/loader';
import type { Translate } from '../i18n/messages';
import { useStore } from '../state/store';

/** Reads a file the reader picked or dropped, refusing one over the cap before reading a byte of it. */
export async function openFile(file: File, t: Translate): Promise<void> {
  const { toast, openLocalFile } = useStore.getState();
  if (file.size > MAX_FILE_BYTES) {
    toast(`${file.name}: ${t('error.too-large', { max: MAX_FILE_BYTES / 1024 / 1024 })}`, 'error');
    return;
  }
  try {
    openLocalFile(file.name, await file.text());
  } catch (e) {
    toast(`${file.name}: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}
