import { takeEarlyRanges } from './early';
import { readFileRows } from './parquet';

declare global {
  interface Window {
    /** The tables' worker as the boot script started it, `failed` once it could not. */
    __tablesWorker?: Worker & { failed?: boolean };
  }
}

type Where = Record<string, string | number>;
type Rows = Record<string, unknown>[] | undefined;

/** A boot script's answer, as bytes a worker can take. */
interface EarlyBytes {
  range: string;
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}
export interface TableAsk {
  id: number;
  url: string;
  where: Where;
  columns: readonly string[];
  early: EarlyBytes[];
}
export type TableAnswer = { id: number; rows: Rows } | { id: number; error: string };

/**
 * From the page's boot script (scripts/prerender/early.ts), on a body's trends: read that body's rows now
 * (readAhead.ts); the tails of these URLs are coming, fetched by the page (Given).
 */
export interface ReadAheadMessage {
  ahead: { body: string; parts: number; base: string; tails: string[]; range: string };
}
/** A tail the boot script fetched for the worker; without a body, its fetch failed (the worker asks again). */
export interface GivenMessage {
  given: { url: string; range: string; status?: number; headers?: [string, string][]; body?: ArrayBuffer };
}
export type TablesMessage = TableAsk | ReadAheadMessage | GivenMessage;

const waiting = new Map<number, { resolve: (rows: Rows) => void; reject: (e: Error) => void; retry: () => void }>();
let worker: Worker | null | undefined;
const handedOver = new Map<string, Promise<void>>();
let asked = 0;

/** The worker, started at once: its script arrives while the view still waits for parts.json. */
export function tablesWorker(): Worker | null {
  if (worker !== undefined) return worker;
  // Only the page hands work off: a worker (the import's) reads where it is.
  if (typeof document === 'undefined' || typeof Worker === 'undefined') return (worker = null);
  // The page's boot script may have started it already (scripts/prerender/boot.ts), and handed it the tails.
  const started = window.__tablesWorker;
  window.__tablesWorker = undefined;
  if (started?.failed) return (worker = null);
  try {
    worker = started ?? new Worker(new URL('./tables.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = ({ data }: MessageEvent<TableAnswer>) => {
    const w = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) w?.reject(new Error(data.error));
    else w?.resolve(data.rows);
  };
  // A worker that cannot start (refused script, old browser): what it was asked is read here, and all after.
  worker.onerror = (e) => {
    e.preventDefault();
    worker?.terminate();
    worker = null;
    for (const w of waiting.values()) w.retry();
    waiting.clear();
  };
  return worker;
}

async function earlyBytes(url: string): Promise<EarlyBytes[]> {
  const all = await Promise.all(
    takeEarlyRanges(url).map(async ({ range, answer }) => {
      try {
        const res = await answer;
        return [{ range, status: res.status, headers: [...res.headers], body: await res.arrayBuffer() }];
      } catch {
        return [];
      }
    }),
  );
  return all.flat();
}

/**
 * The rows of one Parquet file of the site equal to `where`, only `columns`:
 * read and decoded in a worker where the page can start one, so decoding never
 * blocks the page; undefined when the file is not there.
 */
export async function readTableFile(path: string, where: Where, columns: readonly string[]): Promise<Rows> {
  const url = new URL(path, location.href).href;
  const w = tablesWorker();
  if (!w) return readFileRows(url, where, columns);
  // The boot script's answers go with the first ask of their file; a second ask of it is posted after the first.
  let early: EarlyBytes[] = [];
  const before = handedOver.get(url);
  if (before) await before;
  else {
    const bytes = earlyBytes(url);
    handedOver.set(
      url,
      bytes.then(() => undefined),
    );
    early = await bytes;
  }
  const id = ++asked;
  return new Promise<Rows>((resolve, reject) => {
    const retry = () => readFileRows(url, where, columns).then(resolve, reject);
    waiting.set(id, { resolve, reject, retry });
    const ask: TableAsk = { id, url, where, columns, early };
    w.postMessage(
      ask,
      early.map((e) => e.body),
    );
  });
}
