import type { QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions, type LoadedData, type LocalFile } from '../data/loader';
import type { ViewState } from '../data/url';
import type { Translate } from '../i18n/messages';
import { useStore } from '../state/store';
import { readAsOf } from './record';
import { knownBodies, sha256 } from './known';
import { mineChanged } from './queries';
import { enMine } from '../i18n/en-mine';
import { addEnglish } from '../i18n/messages';

addEnglish(enMine);

/**
 * A report opened on its own is kept in My reports too, so a reload or a closed
 * tab loses nothing: the same file twice is kept once; a body and year already
 * kept is kept beside it (the reader can remove either in My reports).
 * Resolves to the id kept, or null when the file was kept before.
 */
export async function keepOpened(file: LocalFile, loaded: LoadedData, client: QueryClient): Promise<string | null> {
  if (!file.bytes || loaded.sourceText === null) return null;
  const [db, { withId }, { matchedRecord }, { sniff }] = await Promise.all([
    import('./db'),
    import('./record'),
    import('./match'),
    import('../import/decode'),
  ]);
  const sha = await sha256(file.bytes);
  if (await db.bySha(sha)) return null;
  const { bodies, names } = await knownBodies(client);
  const base = file.name.split('/').pop() ?? file.name;
  let stored = await matchedRecord(
    {
      file: file.name,
      sha,
      readAs: readAsOf(sniff(new Uint8Array(file.bytes), base), base),
      partly: file.partial ?? false,
      dataset: loaded.dataset,
      text: loaded.sourceText,
      warnings: loaded.warnings,
    },
    bodies,
    Date.now(),
    names,
  );
  const id = stored.report.id;
  for (let n = 2; await db.hasId(stored.report.id); n += 1) stored = withId(stored, `${id}-${n}`);
  await db.putStored(stored);
  await mineChanged(client);
  return stored.report.id;
}

/** Keeps the report and says so in a toast; a refusal (private window, quota) leaves the report open, not kept. */
export async function keepAndSay(
  file: LocalFile,
  loaded: LoadedData,
  client: QueryClient,
  t: Translate,
): Promise<void> {
  const { toast } = useStore.getState();
  try {
    const id = await keepOpened(file, loaded, client);
    if (id !== null) toast(t('mine.keptOne', { id }));
  } catch (e) {
    toast(t('mine.notKept', { message: String(e) }), 'error');
  }
}

/** Waits for the report the reader just opened to be read (its dataset query), then keeps it. */
export function keepWhenRead(client: QueryClient, file: LocalFile, t: Translate): void {
  const { queryKey } = datasetQueryOptions({ kind: 'file', file });
  const settled = () => {
    const q = client.getQueryCache().find({ queryKey, exact: true });
    if (!q || q.state.status === 'pending') return false;
    if (q.state.status === 'success') void keepAndSay(file, q.state.data as LoadedData, client, t);
    return true;
  };
  if (settled()) return;
  const stop = client.getQueryCache().subscribe(() => {
    if (settled()) stop();
  });
}

/** The report kept from a file of this name (the latest): a `local:` link still opens after a reload. */
export async function openKept(
  name: string,
  correct: (view: ViewState) => void,
  found: (f: [string, string | null]) => void,
): Promise<void> {
  const all = await (
    await import('./db')
  )
    .listMine()
    .then((list) => list.filter((r) => r.file === name).sort((a, b) => b.added - a.added))
    .catch(() => []);
  const id = all[0]?.id ?? null;
  found([name, id]);
  if (id !== null) correct({ ...useStore.getState().view, data: `mine:${id}` });
}
