import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueryResult } from '../../query/engine';

/** Where the console is: idle, starting the engine, running, a result, an error as DuckDB words it, cancelled. */
export type RunState =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'running' }
  | { kind: 'done'; sql: string; result: QueryResult }
  | { kind: 'error'; message: string }
  | { kind: 'cancelled' }
  | { kind: 'unsupported' };

/** WebAssembly with exception handling: the engine's build needs it (every current browser has it). */
function wasmSupported(): boolean {
  return typeof WebAssembly === 'object' && typeof (WebAssembly as { Tag?: unknown }).Tag === 'function';
}

/**
 * Runs a query in the console's engine (loaded with the first query: its chunk,
 * worker and wasm). A new query cancels the one running; so does leaving.
 */
export function useQueryRun() {
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback((sql: string) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    if (!wasmSupported()) {
      setState({ kind: 'unsupported' });
      return;
    }
    setState({ kind: 'starting' });
    void (async () => {
      try {
        const engine = await import('../../query/engine');
        await engine.ready();
        if (controller.signal.aborted) {
          if (current.current === controller) setState({ kind: 'cancelled' });
          return;
        }
        setState({ kind: 'running' });
        const result = await engine.runQuery(sql, controller.signal);
        if (current.current === controller) setState({ kind: 'done', sql, result });
      } catch (e) {
        if (current.current !== controller) return;
        const { QueryCancelled } = await import('../../query/engine');
        setState(
          e instanceof QueryCancelled
            ? { kind: 'cancelled' }
            : { kind: 'error', message: e instanceof Error ? e.message : String(e) },
        );
      }
    })();
  }, []);

  const cancel = useCallback(() => {
    current.current?.abort();
  }, []);

  return { state, run, cancel };
}
