import { useSyncExternalStore } from 'react';
import { useDrawTurn } from './drawQueue';
import type * as ChartsModule from './recharts/index';

/**
 * Recharts and our drawings on it are their own chunk (about 100 KB gzip),
 * requested when the first chart is about to draw (not for a drawing the screen
 * made and the page keeps): after the first screen is shown. A chart's box has
 * its final size before then (the layout is ours), so nothing moves when it
 * arrives. Once loaded, charts draw in the same render (no suspense round
 * trip), so an app taking over a prerendered screen shows its charts in its
 * first frame.
 */
type Charts = typeof ChartsModule;

let loaded: Charts | null = null;
let pending: Promise<Charts> | null = null;
const listeners = new Set<() => void>();

/** Starts (once) loading the charts' code; resolves when it is there. */
export function loadCharts(): Promise<Charts> {
  // Charts hear of it in a task after the one that evaluated the chunk: two shorter tasks, not one long one.
  pending ??= import('./recharts/index').then(
    (m) =>
      new Promise<Charts>((resolve) =>
        setTimeout(() => {
          loaded = m;
          for (const l of listeners) l();
          resolve(m);
        }, 0),
      ),
  );
  return pending;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The charts' code once it is here, else null. `wanted`: a chart that will draw asks for it; one kept as the
 * screen drew it, or far below, does not, so a page whose charts on screen are all kept compiles no Recharts
 * while it loads (a task of 80-100 ms at 4x CPU); the first that wants to draw asks.
 */
function useCharts(wanted: boolean): Charts | null {
  const charts = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
  if (!charts && wanted) void loadCharts();
  return charts;
}

/**
 * A chart that `wants` to draw (measured, near the screen, no drawing of the screen kept): it asks for the
 * charts' code, and for its turn once the code is here (drawQueue.ts). `turn` true: draw now with `charts`.
 */
export function useChartDraw(wants: boolean): { charts: Charts | null; turn: boolean } {
  const charts = useCharts(wants);
  const turn = useDrawTurn(wants && charts !== null);
  return { charts, turn };
}
