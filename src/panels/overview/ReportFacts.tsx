import type { Fact } from '../../data/schema';
import { formatFact } from '../../i18n/format';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { CheckMark } from '../shared/CheckMark';

/**
 * Figures about the report itself (its statistics period, the parts it announces): one line each, apart
 * from the headline figures, each opening its source like any figure.
 */
export function ReportFacts({ facts }: { facts: readonly Fact[] }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const openFact = useStore((s) => s.openFact);
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby="about-title" className="lazy-block" data-testid="report-facts">
      <h2 id="about-title" className="mb-2 text-lg font-semibold">
        {t('overview.about')}
      </h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {facts.map((f) => (
          <li key={f.id} data-fact-id={f.id}>
            <button
              type="button"
              onClick={() => openFact(f.id)}
              className="text-left underline decoration-dotted underline-offset-2"
            >
              {t('chart.mark', { label: f.label[lang], value: formatFact(f, d.units, lang, t) })}
              <span className="sr-only"> ({t('fact.sourceHint')})</span>
            </button>
            <CheckMark factId={f.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
