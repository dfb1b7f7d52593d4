import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SchemaError } from './parse';
import type { Dataset } from './schema';

/** Fetching and validating a dataset: the fetch function, its queryOptions, its hook. */

export const DEFAULT_DATA_URL = `${import.meta.env.BASE_URL}data/luzhou-2018.json`;
export const MAX_BYTES = 20 * 1024 * 1024;

export type LoadErrorKind = 'not-found' | 'http' | 'network' | 'json' | 'schema' | 'empty' | 'too-large' | 'cancelled';

export class DatasetLoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly detail: { url?: string; status?: number; errors?: SchemaError[] } = {},
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/** Parses and validates text already in hand (a fetched body or a local file). */
export async function datasetFromText(text: string): Promise<Dataset> {
  if (text.trim() === '') throw new DatasetLoadError('empty', 'empty file');
  if (text.length > MAX_BYTES) throw new DatasetLoadError('too-large', 'file too large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DatasetLoadError('json', e instanceof Error ? e.message : String(e));
  }
  // The validator (zod) is its own chunk: it loads while the JSON downloads, not before first paint.
  const { parseDataset } = await import('./parse');
  const result = parseDataset(json);
  if (!result.ok) throw new DatasetLoadError('schema', 'schema errors', { errors: result.errors });
  return result.data;
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (signal?.aborted) throw new DatasetLoadError('cancelled', 'cancelled', { url });
    throw new DatasetLoadError('network', e instanceof Error ? e.message : String(e), { url });
  }
  if (response.status === 404) throw new DatasetLoadError('not-found', 'not found', { url, status: 404 });
  if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status}`, { url, status: response.status });
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new DatasetLoadError('too-large', 'file too large', { url });
  return datasetFromText(await response.text());
}

export const datasetQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    retry: false,
  });

export function useDatasetQuery(url: string) {
  return useQuery(datasetQueryOptions(url));
}
