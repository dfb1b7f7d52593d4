import type { StoredNote } from '../import/notes';
import { queryOptions } from '@tanstack/react-query';
import { askWorker } from './askWorker';
import { DatasetLoadError } from './loadError';
import type { ParseResult } from './parse';
import { downloadProgress } from './progress';
import type { Dataset } from './schema';

/** Fetching and validating a dataset: the fetch function, its queryOptions, its hook. */

export const DEFAULT_DATA_URL = `${import.meta.env.BASE_URL}data/luzhou-2018.json`;
/** A file the reader opens from disk. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A report fetched from this site: larger, so the 1000x benchmark report still loads. */
export const MAX_URL_BYTES = 128 * 1024 * 1024;
const MB = 1024 * 1024;

export { DatasetLoadError, type LoadErrorKind } from './loadError';

type Validated = ParseResult | { ok: false; json: string };

/** In a worker where the browser has them; in this thread otherwise (tests, old browsers). */
async function validate(text: string): Promise<Validated> {
  if (typeof Worker === 'undefined') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { ok: false, json: e instanceof Error ? e.message : String(e) };
    }
    // The validator (zod) is its own chunk, never part of first paint.
    return (await import('./parse')).parseDataset(json);
  }
  return askWorker<Validated>(
    new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' }),
    text,
    (m) => new DatasetLoadError('network', m || 'the validator failed to start'),
  );
}

/** Parses and validates text already in hand (a fetched body or a local file). */
export async function datasetFromText(text: string): Promise<Dataset> {
  if (text.trim() === '') throw new DatasetLoadError('empty', 'empty file');
  const result = await validate(text);
  if (result.ok) return result.data;
  if ('json' in result) throw new DatasetLoadError('json', result.json);
  throw new DatasetLoadError('schema', 'schema errors', { errors: result.errors });
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const started = performance.now();
  const dataset = await fetchAndValidate(url, signal);
  // Read by the benchmark: fetch, parse and validate, end to end.
  performance.measure('dataset-load', { start: started, end: performance.now(), detail: url });
  return dataset;
}

async function fetchAndValidate(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (signal?.aborted) throw new DatasetLoadError('cancelled', 'cancelled', { url });
    throw new DatasetLoadError('network', e instanceof Error ? e.message : String(e), { url });
  }
  if (response.status === 404) throw new DatasetLoadError('not-found', 'not found', { url, status: 404 });
  if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status}`, { url, status: response.status });
  return datasetFromText(await readCapped(response, url, signal));
}

/** Reads the body with progress, stopping as soon as it passes the size cap. */
async function readCapped(response: Response, url: string, signal?: AbortSignal): Promise<string> {
  const total = Number(response.headers.get('content-length')) || null;
  if (total !== null && total > MAX_URL_BYTES)
    throw new DatasetLoadError('too-large', 'file too large', { url, max: MAX_URL_BYTES / MB });
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      if (loaded > MAX_URL_BYTES) {
        await reader.cancel();
        throw new DatasetLoadError('too-large', 'file too large', { url, max: MAX_URL_BYTES / MB });
      }
      text += decoder.decode(value, { stream: true });
      downloadProgress.set(url, { loaded, total });
    }
  } catch (e) {
    if (e instanceof DatasetLoadError) throw e;
    if (signal?.aborted) throw new DatasetLoadError('cancelled', 'cancelled', { url });
    throw new DatasetLoadError('network', e instanceof Error ? e.message : String(e), { url });
  }
  return text + decoder.decode();
}

/** Every file but the dashboard's own JSON goes to the importer, which reads it or names its format. */
export const isReportFile = (name: string): boolean => !/\.json$/i.test(name);

/** A file the reader opened: the dashboard's JSON as text, or a published report as bytes to import. */
export interface LocalFile {
  id: number;
  name: string;
  text?: string;
  bytes?: ArrayBuffer;
  /** Import what could be read, the rest marked incomplete (the reader asked for it). */
  partial?: boolean;
}

export type DatasetSource =
  | { kind: 'url'; url: string }
  | { kind: 'file'; file: LocalFile }
  /** A report kept in this browser's My reports (IndexedDB). */
  | { kind: 'mine'; id: string };

/** A loaded report: its dataset, its text when it came with the file, and what an import noted. */
export interface LoadedData {
  dataset: Dataset;
  sourceText: string | null;
  warnings: StoredNote[];
}

async function loadFile(file: LocalFile): Promise<LoadedData> {
  if (file.bytes) {
    // The importer is its own chunk (and worker): nothing of it loads until a report is opened.
    const started = performance.now();
    const { importInWorker } = await import('./importer');
    const r = await importInWorker(file.bytes, file.name, file.partial ?? false);
    // Read by the benchmark: bytes to a validated dataset, worker start included.
    performance.measure('report-import', { start: started, end: performance.now(), detail: file.name });
    return { dataset: r.dataset, sourceText: r.text, warnings: r.warnings };
  }
  return { dataset: await datasetFromText(file.text ?? ''), sourceText: null, warnings: [] };
}

/** A URL is fetched; a file the reader opened is validated exactly like a fetched one, or imported. */
export const datasetQueryOptions = (source: DatasetSource) =>
  queryOptions({
    queryKey:
      source.kind === 'url'
        ? ['dataset', source.url]
        : source.kind === 'mine'
          ? ['mine', 'dataset', source.id]
          : ['dataset', 'local', source.file.id],
    queryFn: async ({ signal }): Promise<LoadedData> =>
      source.kind === 'url'
        ? { dataset: await fetchDataset(source.url, signal), sourceText: null, warnings: [] }
        : source.kind === 'mine'
          ? // Dexie loads only when a kept report is opened.
            import('../mine/db').then((m) => m.loadMine(source.id))
          : loadFile(source.file),
    staleTime: Infinity,
    retry: false,
  });
