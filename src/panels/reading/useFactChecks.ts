import { useMemo } from 'react';
import { reconcile } from '../../data/reconcile';
import { useDataset } from '../../state/hooks';

/** For each figure, how many of the checks that read it hold and fail. */
export function useFactChecks(): ReadonlyMap<string, { holds: number; fails: number }> {
  const d = useDataset();
  return useMemo(() => {
    const out = new Map<string, { holds: number; fails: number }>();
    for (const r of reconcile(d))
      for (const id of r.facts) {
        const c = out.get(id) ?? { holds: 0, fails: 0 };
        if (r.verdict === 'fails') c.fails++;
        else c.holds++;
        out.set(id, c);
      }
    return out;
  }, [d]);
}
