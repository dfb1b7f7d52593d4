import { useQuery } from '@tanstack/react-query';
import { DEFAULT_DATA_URL, datasetQueryOptions, type DatasetSource } from '../data/loader';
import { localDataName } from '../data/url';
import { useStore } from '../state/store';

/**
 * Which dataset the view asks for and its query: the embedded one, a
 * same-origin URL, or a local file the reader opened. A local file named in a
 * link it can no longer reach (after a reload, or a shared link) is `gone`.
 */
export function useDatasetSource() {
  const data = useStore((s) => s.view.data);
  const local = useStore((s) => s.localFile);
  const localName = localDataName(data);
  const url = localName === null ? (data ?? DEFAULT_DATA_URL) : null;
  const file = localName !== null && local?.name === localName ? local : null;
  const source: DatasetSource = file ? { kind: 'file', file } : { kind: 'url', url: url ?? DEFAULT_DATA_URL };
  const options = datasetQueryOptions(source);
  const query = useQuery({ ...options, enabled: url !== null || file !== null });
  return { url, localName, gone: localName !== null && file === null, query, queryKey: options.queryKey, file };
}
