import { useQuery } from '@tanstack/react-query';
import { DEFAULT_DATA_URL, datasetQueryOptions, type DatasetSource } from '../data/loader';
import { localDataName, mineDataId } from '../data/url';
import { useStore } from '../state/store';

/**
 * Which dataset the view asks for and its query: the embedded one, a
 * same-origin URL, a local file the reader opened, or one kept in My reports. A local file named in a
 * link it can no longer reach (after a reload, or a shared link) is `gone`.
 */
export function useDatasetSource() {
  const data = useStore((s) => s.view.data);
  const local = useStore((s) => s.localFile);
  const localName = localDataName(data);
  const mine = mineDataId(data);
  const url = localName === null && mine === null ? (data ?? DEFAULT_DATA_URL) : null;
  const file = localName !== null && local?.name === localName ? local : null;
  const source: DatasetSource = file
    ? { kind: 'file', file }
    : mine !== null
      ? { kind: 'mine', id: mine }
      : { kind: 'url', url: url ?? DEFAULT_DATA_URL };
  const options = datasetQueryOptions(source);
  const query = useQuery({ ...options, enabled: url !== null || file !== null || mine !== null });
  return { url, localName, mine, gone: localName !== null && file === null, query, queryKey: options.queryKey, file };
}
