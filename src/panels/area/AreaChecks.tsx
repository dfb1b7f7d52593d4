import { useMemo } from 'react';
import { reconcile } from '../../data/reconcile';
import { indexDataset } from '../../data/selectors';
import { useDataset, useT } from '../../state/hooks';
import { ViewLink } from '../shared/ViewLink';

/** How the checks that read this area's figures came out, one line, leading to the Checks view. */
export function AreaChecks({ areaId }: { areaId: string }) {
  const d = useDataset();
  const t = useT();
  const counts = useMemo(() => {
    const ids = new Set((indexDataset(d).factsByArea.get(areaId) ?? []).map((f) => f.id));
    const mine = reconcile(d).filter((r) => r.facts.some((f) => ids.has(f)));
    const n = (v: string) => mine.filter((r) => r.verdict === v).length;
    return { total: mine.length, exact: n('exact'), rounding: n('rounding'), fails: n('fails') };
  }, [d, areaId]);
  if (counts.total === 0) return null;
  return (
    <p className="mt-1 text-sm" data-testid="area-checks">
      <ViewLink to={{ area: 'checks', fact: null }} className="underline underline-offset-2">
        {t('area.checks', counts)}
      </ViewLink>
      {counts.fails > 0 && (
        <span className="ml-2 rounded border border-[var(--bad)] px-1 text-xs font-semibold text-[var(--bad)]">
          {t('checks.verdict.fails')}: {counts.fails}
        </span>
      )}
    </p>
  );
}
