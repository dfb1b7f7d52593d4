import type { Note } from '../import/notes';
import type { QueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import type { FormatRefusal } from '../import/doc';
import type { Body } from '../library/types';
import { useStore } from '../state/store';
import { expand, type Input, type Refusal } from './expand';
import type * as Db from './db';
import type { Answer, Job } from './import.worker';
import { createPool, PoolClosed, poolSize, type Pool } from './pool';
import { knownBodies, sha256 } from './known';
import { mineChanged } from './queries';
import { withId, type ReadAs, type Stored } from './record';

/**
 * Importing many reports: the files (folders and archives unpacked) become rows,
 * a pool of workers reads them, each one finished is stored at once (so a crash
 * or a closed tab loses only what was still being read), and the rows say what
 * became of each. A body and year already stored waits for the reader's answer.
 */

export type RowState =
  'waiting' | 'reading' | 'imported' | 'partly' | 'refused' | 'duplicate' | 'ask' | 'replaced' | 'both' | 'cancelled';

export type Reason =
  | Refusal
  | { code: 'format'; format: FormatRefusal }
  | { code: 'import'; message: string; note?: Note; details?: Note[] }
  | { code: 'restore'; message: string }
  | { code: 'storage' }
  | { code: 'same-file'; id: string }
  | { code: 'same-report'; id: string };

export interface Row {
  key: number;
  file: string;
  state: RowState;
  readAs?: ReadAs;
  body?: Body;
  year?: number;
  format?: string;
  failing?: number;
  reportId?: string;
  /** The stored report this one would replace (state `ask`). */
  conflict?: string;
  reason?: Reason;
}

interface RunState {
  rows: Row[];
  running: boolean;
  started: number;
  finished: number | null;
  /** When a file last finished: the time left is estimated from it. */
  lastAt: number;
  pool: number;
}

export const useImportRun = create<RunState>()(() => ({
  rows: [],
  running: false,
  started: 0,
  finished: null,
  lastAt: 0,
  pool: 0,
}));

/**
 * Row changes are applied together, at most every 100 ms: 10,000 tiny files
 * must not re-render the table 20,000 times.
 */
const patches = new Map<number, Partial<Row>>();
let flushTimer: ReturnType<typeof setTimeout> | null = null;

function flush() {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
  if (patches.size === 0) return;
  const batch = new Map(patches);
  patches.clear();
  useImportRun.setState((s) => ({
    lastAt: performance.now(),
    rows: s.rows.map((r) => {
      const p = batch.get(r.key);
      return p ? { ...r, ...p } : r;
    }),
  }));
}

const patch = (key: number, p: Partial<Row>) => {
  patches.set(key, { ...patches.get(key), ...p });
  flushTimer ??= setTimeout(flush, 100);
};

/** Reports awaiting the reader's answer (replace or keep both), out of the store: they can be large. */
const pending = new Map<number, Stored>();
let active: { pool: Pool<Job, Answer> | null; cancelled: boolean } | null = null;

const described = (s: Stored): Partial<Row> => ({
  readAs: s.report.readAs,
  body: s.report.body,
  year: s.report.entry.year,
  format: s.report.entry.format,
  failing: s.report.entry.checks.fails,
  reportId: s.report.id,
});

/** The reader's reports changed: views re-read them, at most once a second while a run goes on. */
function refresher(client: QueryClient) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    soon: () => {
      timer ??= setTimeout(() => {
        timer = null;
        void mineChanged(client);
      }, 1000);
    },
    now: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      return mineChanged(client);
    },
  };
}

/**
 * Writes to My reports one at a time: two copies of a body and year read side by
 * side must not both find the id free and overwrite each other.
 */
let writes: Promise<unknown> = Promise.resolve();
function serial<T>(write: () => Promise<T>): Promise<T> {
  const next = writes.then(write, write);
  writes = next.catch(() => undefined);
  return next;
}

function store(key: number, s: Stored, db: typeof Db, bodies: Body[]): Promise<void> {
  return serial(() => storeNow(key, s, db, bodies));
}

async function storeNow(key: number, s: Stored, db: typeof Db, bodies: Body[]): Promise<void> {
  const same = (await db.byBodyYear(s.report.body.id, s.report.entry.year))[0];
  if (same) {
    pending.set(key, s);
    patch(key, { ...described(s), state: 'ask', conflict: same.id, reason: { code: 'same-report', id: same.id } });
    return;
  }
  await db.putStored(s);
  if (!bodies.some((b) => b.id === s.report.body.id)) bodies.push(s.report.body);
  patch(key, { ...described(s), state: s.report.partly ? 'partly' : 'imported' });
}

export async function startImport(files: readonly File[], client: QueryClient): Promise<void> {
  if (active) cancelImport();
  const run = { pool: null as Pool<Job, Answer> | null, cancelled: false };
  active = run;
  pending.clear();
  useStore.getState().setView({ view: 'mine', data: null, area: null, fact: null, select: null });
  useImportRun.setState({ rows: [], running: true, started: performance.now(), finished: null, pool: poolSize() });
  const inputs = await expand(files);
  if (run.cancelled) return;
  patches.clear();
  useImportRun.setState({ rows: inputs.map((input, key) => ({ key, file: input.name, state: 'waiting' })) });
  const db = await import('./db');
  const refresh = refresher(client);
  // Bodies to match titles against: the library's, the reader's, and those this run adds.
  const { bodies, names } = await knownBodies(client);
  const pool = createPool<Job, Answer>(
    () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }),
  );
  run.pool = pool;
  const seen = new Map<string, number>();
  let next = 0;
  const one = async (key: number, input: Input) => {
    patch(key, { state: 'reading' });
    try {
      if ('refused' in input) return patch(key, { state: 'refused', reason: input.refused });
      if ('restore' in input) {
        const s = await input.restore().catch((e: unknown) => {
          patch(key, {
            state: 'refused',
            reason: { code: 'restore', message: e instanceof Error ? e.message : String(e) },
          });
          return null;
        });
        if (s && !(await duplicate(key, s.report.sha))) await store(key, s, db, bodies);
        return;
      }
      const bytes = await input.read();
      const sha = await sha256(bytes);
      if (await duplicate(key, sha)) return;
      seen.set(sha, key);
      const answer = await pool.run({ bytes, name: input.name, sha, bodies, names, added: Date.now() }, [bytes]);
      if (!answer.ok)
        return patch(key, {
          state: 'refused',
          reason: answer.format
            ? { code: 'format', format: answer.format }
            : {
                code: 'import',
                message: answer.message,
                ...(answer.note ? { note: answer.note } : {}),
                ...(answer.details ? { details: answer.details } : {}),
              },
        });
      await store(key, answer.stored, db, bodies);
    } catch (e) {
      if (e instanceof PoolClosed) return patch(key, { state: 'cancelled' });
      if (e instanceof db.StorageFull) return patch(key, { state: 'refused', reason: { code: 'storage' } });
      patch(key, { state: 'refused', reason: { code: 'import', message: e instanceof Error ? e.message : String(e) } });
    } finally {
      refresh.soon();
    }
  };
  /** The same bytes as a report stored before, or as a file earlier in this run: imported once, and said so. */
  const duplicate = async (key: number, sha: string): Promise<boolean> => {
    const stored = await db.bySha(sha);
    const earlier = seen.get(sha);
    const id = stored?.id ?? (earlier === undefined ? undefined : useImportRun.getState().rows[earlier]?.file);
    if (id === undefined) return false;
    patch(key, { state: 'duplicate', reason: { code: 'same-file', id } });
    return true;
  };
  // One lane per worker and one more, so a worker never waits for the next file to be read from disk.
  const lane = async () => {
    while (!run.cancelled && next < inputs.length) {
      const key = next++;
      await one(key, inputs[key] as Input);
    }
  };
  await Promise.all(Array.from({ length: pool.size + 1 }, lane));
  pool.close();
  flush();
  await refresh.now();
  if (active === run) {
    active = null;
    useImportRun.setState({ running: false, finished: performance.now() });
  }
}

/** Stops the run: what finished stays stored, what was being read or waiting is marked cancelled. */
export function cancelImport(): void {
  if (!active) return;
  active.cancelled = true;
  active.pool?.close();
  active = null;
  flush();
  useImportRun.setState((s) => ({
    running: false,
    finished: performance.now(),
    rows: s.rows.map((r) => (r.state === 'waiting' || r.state === 'reading' ? { ...r, state: 'cancelled' } : r)),
  }));
}

/** The reader's answer for a report whose body and year are stored already. */
export function answer(key: number, choice: 'replace' | 'both', client: QueryClient): Promise<void> {
  return serial(() => answerNow(key, choice, client));
}

async function answerNow(key: number, choice: 'replace' | 'both', client: QueryClient): Promise<void> {
  flush();
  const s = pending.get(key);
  const row = useImportRun.getState().rows.find((r) => r.key === key);
  if (!s || !row?.conflict) return;
  const db = await import('./db');
  try {
    if (choice === 'replace') {
      await db.putStored(withId(s, row.conflict), row.conflict);
      patch(key, { state: 'replaced', reportId: row.conflict });
    } else {
      let n = 2;
      while (await db.hasId(`${s.report.id}-${n}`)) n += 1;
      const kept = withId(s, `${s.report.id}-${n}`);
      await db.putStored(kept);
      patch(key, { state: 'both', reportId: kept.report.id });
    }
    pending.delete(key);
    flush();
  } catch (e) {
    patch(key, {
      state: 'refused',
      reason: e instanceof db.StorageFull ? { code: 'storage' } : { code: 'import', message: String(e) },
    });
  }
  await mineChanged(client);
}

export function forget(): void {
  pending.clear();
  useImportRun.setState({ rows: [], finished: null });
}
