import { ShowMore } from '../../components/ShowMore';
import { countMatching, hasFilters } from '../../data/selectors';
import { useDataset, useContentFilters, useLang, useT } from '../../state/hooks';
import { ViewLink } from '../shared/ViewLink';

const STEP = 60;

/** A card per disclosure area, each a real link to its panel; the count follows the filters. */
export function AreaCards() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = useContentFilters();
  const filtered = hasFilters(filters);
  const areas = d.areas.filter((a) => a.id !== 'overview');
  return (
    <ShowMore
      items={areas}
      step={STEP}
      moreLabel={(remaining) => t('list.more', { n: Math.min(STEP, remaining), remaining })}
      render={(visible) => (
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {visible.map((a) => {
            const { matching, total } = countMatching(d, a.id, filters);
            return (
              <li key={a.id}>
                <ViewLink
                  to={{ area: a.id, fact: null }}
                  className={`block h-full rounded-lg border p-3 hover:border-[var(--accent)] ${filtered && matching === 0 ? 'border-dashed border-[var(--border)]' : 'border-[var(--border)]'}`}
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
      )}
    />
  );
}
