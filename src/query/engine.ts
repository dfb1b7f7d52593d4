import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { parquetToArrow, rowsToArrow } from './arrow';
import { mineRows } from './mine';
import { openParquet } from '../data/parquet';
import { TABLE_NAMES, TABLES_BASE, type TableName } from './tables';
import { partPath } from '../library/parts';
import { partsLayout } from '../library/partsLayout';
import { toCell, type QueryCell } from './values';

/**
 * The SQL console's engine: DuckDB-WASM in a worker of its own, its wasm served
 * from this site. A table a query names is read from its Parquet file the first
 * time (hyparquet, range requests) and handed to DuckDB as Arrow: DuckDB-WASM's
 * own Parquet reader is an extension it would fetch from DuckDB's servers, and
 * this site serves everything itself. The reader's own reports (this browser's
 * storage) are added to each table as rows made by the library's own code. One query at a time; a running one can be
 * cancelled.
 */

export interface QueryResult {
  columns: { name: string; type: string }[];
  rows: QueryCell[][];
  /** More rows than were kept (MAX_ROWS): the table and its CSV say so. */
  truncated: boolean;
  ms: number;
}

/** Rows kept from one result: enough for any table a person reads, and a CSV of them. */
export const MAX_ROWS = 100_000;

export class QueryCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

interface Engine {
  worker: Worker;
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
  /** The tables read into DuckDB so far. */
  loaded: Map<TableName, Promise<void>>;
  /** The reader's own reports as rows, read from storage once. */
  mine?: ReturnType<typeof mineRows>;
}

let engine: Promise<Engine> | null = null;

async function start(): Promise<Engine> {
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    await db.instantiate(wasmUrl);
    // No extension is fetched from elsewhere: every asset comes from this site.
    await db.open({ query: { castBigIntToDouble: false } });
    const conn = await db.connect();
    await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
    return { worker, db, conn, loaded: new Map() };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}

/** The engine, started on first use (the wasm is 34 MB: fetched once, then from the browser's cache). */
export function ready(): Promise<Engine> {
  engine ??= start().catch((e: unknown) => {
    engine = null;
    throw e;
  });
  return engine;
}

/** Stops the engine (a query that would not stop); the next query starts a new one. */
function reset(e: Engine) {
  e.worker.terminate();
  engine = null;
}

/** The query running now: a cancel ends the worker only if that query is still the one running. */
let running: object | null = null;

/** The open tables a query names (as words: `cells`, `FROM checks c`), read into DuckDB once each. */
async function loadTables(e: Engine, sql: string): Promise<void> {
  const named = TABLE_NAMES.filter((t) => new RegExp(`\\b${t}\\b`, 'i').test(sql));
  await Promise.all(
    named.map((table) => {
      let p = e.loaded.get(table);
      if (!p) {
        p = (async () => {
          // Every part that holds rows (parts.json names the ones that hold none), in order, as one table.
          const parts = (await partsLayout()).present[table];
          const files = await Promise.all(parts.map((part) => openParquet(`${TABLES_BASE}${partPath(table, part)}`)));
          let create = true;
          for (const file of files) {
            if (!file) throw new Error(`${TABLES_BASE}${table}: a part parts.json says holds rows is missing`);
            await e.conn.insertArrowTable(await parquetToArrow(file), { name: table, create });
            create = false;
          }
          // Then the reader's own reports; a body the library has is listed once.
          let rows = (await (e.mine ??= mineRows()))?.[table] ?? [];
          if (table === 'bodies' && !create) {
            const known = new Set(
              (await e.conn.query('SELECT body_id FROM bodies')).toArray().map((r) => String(r.body_id)),
            );
            rows = rows.filter((r) => !known.has(String(r.body_id)));
          }
          if (rows.length > 0 || create)
            await e.conn.insertArrowTable(rowsToArrow(table, rows), { name: table, create });
        })();
        p.catch(() => e.loaded.delete(table));
        e.loaded.set(table, p);
      }
      return p;
    }),
  );
}

/**
 * Runs one statement (or several: the last one's rows are shown). Cancelling
 * asks DuckDB to stop; a query that does not stop within a second is ended by
 * stopping its worker (tables made with CREATE are then gone).
 */
export async function runQuery(sql: string, signal: AbortSignal): Promise<QueryResult> {
  const e = await ready();
  const token = {};
  running = token;
  let cancelled = false;
  const onAbort = () => {
    cancelled = true;
    void e.conn.cancelSent();
    setTimeout(() => {
      if (running === token) reset(e);
    }, 1000);
  };
  if (signal.aborted) throw new QueryCancelled();
  await loadTables(e, sql);
  if (signal.aborted) throw new QueryCancelled();
  const started = performance.now();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const reader = await e.conn.send(sql, true);
    // The stream's schema is known once its first batch is read (or at its end, for no rows).
    let columns: QueryResult['columns'] | undefined;
    const rows: QueryCell[][] = [];
    let truncated = false;
    for await (const batch of reader) {
      if (cancelled) break;
      columns ??= batch.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
      const fields = batch.schema.fields;
      const vectors = fields.map((_, i) => batch.getChildAt(i));
      for (let r = 0; r < batch.numRows; r++) {
        if (rows.length >= MAX_ROWS) {
          truncated = true;
          break;
        }
        rows.push(vectors.map((v, i) => toCell(v?.get(r), fields[i]?.type)));
      }
      if (truncated) {
        // The rest is not read: DuckDB stops producing it, and the connection is free for the next query.
        await e.conn.cancelSent();
        break;
      }
    }
    columns ??= ((reader.schema as typeof reader.schema | undefined)?.fields ?? []).map((f) => ({
      name: f.name,
      type: String(f.type),
    }));
    if (cancelled) throw new QueryCancelled();
    return { columns, rows, truncated, ms: Math.round(performance.now() - started) };
  } catch (err) {
    if (cancelled) throw new QueryCancelled();
    throw err;
  } finally {
    if (running === token) running = null;
    signal.removeEventListener('abort', onAbort);
  }
}
