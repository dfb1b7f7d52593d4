import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useNearScreen } from '../../charts/useNearScreen';
import { INDICATORS } from '../../library/indicators';
import { catalogueQuery } from '../../library/load';
import type { Body, Catalogue, Indicator } from '../../library/types';
import { mergeCatalogue } from '../../mine/queries';
import type { MyReport } from '../../mine/record';
import { useT } from '../../state/hooks';
import { CompareYears } from './CompareYears';
import { SmallMultiples } from './SmallMultiples';

/** Bodies shown over every year: the first of the year's ranking (each is a file or two to fetch). */
export const ACROSS = 12;

/** The library's reports and names of these bodies alone, from each one's part of the tables. */
function combine(results: UseQueryResult<Catalogue>[]): Catalogue | undefined {
  if (!results.every((r) => r.data !== undefined || r.isError)) return undefined;
  const parts = results.flatMap((r) => (r.data ? [r.data] : []));
  return {
    schemaVersion: 1,
    reports: parts.flatMap((c) => c.reports),
    bodies: parts.flatMap((c) => c.bodies),
    indicators: [...INDICATORS],
  };
}

/**
 * Every year of the bodies at the top of the ranking: the table of years and the
 * small multiples. Their reports are asked for once the reader comes near.
 */
export function Across(p: { bodies: readonly Body[]; more: boolean; mine: readonly MyReport[]; indicator: Indicator }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearScreen(ref);
  const shipped = useQueries({
    queries: p.bodies.map((b) => ({ ...catalogueQuery(b.id), enabled: near })),
    combine,
  });
  const catalogue = useMemo(() => shipped && mergeCatalogue(shipped, p.mine), [shipped, p.mine]);
  // The reader's bodies come with their names; the library's with the names of their part.
  const bodies = useMemo(
    () => p.bodies.map((b) => catalogue?.bodies.find((c) => c.id === b.id) ?? b),
    [p.bodies, catalogue],
  );
  return (
    <div ref={ref} className="min-h-8 space-y-4">
      {shipped && catalogue && (
        <>
          {p.more && <p className="text-sm">{t('compare.across', { n: p.bodies.length })}</p>}
          <CompareYears catalogue={catalogue} shipped={shipped} mine={p.mine} bodies={bodies} indicator={p.indicator} />
          <SmallMultiples
            catalogue={catalogue}
            shipped={shipped}
            mine={p.mine}
            bodies={bodies}
            indicator={p.indicator}
          />
        </>
      )}
    </div>
  );
}
