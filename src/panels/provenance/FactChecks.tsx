import { useMemo } from 'react';
import { reconcile } from '../../data/reconcile';
import { useDataset, useLang, useT } from '../../state/hooks';
import { ViewLink } from '../shared/ViewLink';

/** The checks that read this figure, with their verdicts, so a reader sees whether it adds up. */
export function FactChecks({ factId }: { factId: string }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const results = useMemo(() => reconcile(d).filter((r) => r.facts.includes(factId)), [d, factId]);
  if (results.length === 0) return null;
  return (
    <section className="mt-4" aria-labelledby="fact-checks-title">
      <h3 id="fact-checks-title" className="mb-1 text-sm font-semibold">
        {t('provenance.relations')}
      </h3>
      <ul className="space-y-1 text-sm" data-testid="fact-checks">
        {results.map((r) => (
          <li key={r.relation.id} data-verdict={r.verdict}>
            <ViewLink to={{ area: 'checks', fact: null }} className="underline underline-offset-2">
              {r.relation.label[lang]}
            </ViewLink>
            : {t(`checks.verdict.${r.verdict}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
