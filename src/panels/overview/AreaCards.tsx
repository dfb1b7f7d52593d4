import { preloadChartRenderer } from '../../charts/ChartFigure';
import { countMatching, hasFilters } from '../../data/selectors';
import { useDataset, useFilters, useLang, useT } from '../../state/hooks';
import { ViewLink } from '../shared/ViewLink';

const prefetch = () => void preloadChartRenderer();

/** A card per disclosure area, each a real link to its panel; the count follows the filters. */
export function AreaCards() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = useFilters();
  const filtered = hasFilters(filters);
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {d.areas
        .filter((a) => a.id !== 'overview')
        .map((a) => {
          const { matching, total } = countMatching(d, a.id, filters);
          return (
            <li key={a.id}>
              <ViewLink
                to={{ area: a.id, fact: null }}
                onIntent={prefetch}
                className={`block h-full rounded-lg border border-[var(--border)] p-3 hover:border-[var(--accent)] ${filtered && matching === 0 ? 'opacity-70' : ''}`}
              >
                <span className="block font-semibold text-[var(--accent)]">{a.title[lang]}</span>
                <span className="mt-1 block text-sm">{a.summary[lang]}</span>
                <span className="mt-2 block text-xs text-[var(--muted)]">
                  {filtered
                    ? t('overview.areaMatching', { n: matching, total })
                    : t('overview.areaFigures', { n: total })}
                </span>
              </ViewLink>
            </li>
          );
        })}
    </ul>
  );
}
