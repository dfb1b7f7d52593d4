import { DIMENSIONS, type Dimension } from '../../data/vocab';
import { facetCounts } from '../../data/selectors';
import { useDataset, useFilters, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';

/**
 * Checkbox lists for the dimensions the report's figures carry. Each value shows how many
 * figures it would show under the other filters; a value that would leave
 * nothing is struck through and cannot be chosen.
 */
export function FilterPanel() {
  const t = useT();
  const d = useDataset();
  return (
    <div className="space-y-4">
      {DIMENSIONS.filter((dim) => d.dimensions[dim].length > 0).map((dim) => (
        <DimensionFilter key={dim} dim={dim} legend={t(`dim.${dim}`)} />
      ))}
    </div>
  );
}

function DimensionFilter({ dim, legend }: { dim: Dimension; legend: string }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const selected = useStore((s) => s.view[dim]);
  const toggle = useStore((s) => s.toggleFilter);
  const filters = useFilters();
  const n = facetCounts(d, filters, dim);
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <ul className="space-y-0.5">
        {d.dimensions[dim].map((v) => {
          const count = n.get(v.id) ?? 0;
          return (
            <li key={v.id}>
              <label
                className={`flex items-center gap-2 text-sm ${count === 0 ? 'text-[var(--muted)] line-through' : ''}`}
                data-empty={count === 0 ? 'true' : undefined}
              >
                <input
                  type="checkbox"
                  checked={selected.includes(v.id)}
                  disabled={count === 0 && !selected.includes(v.id)}
                  onChange={() => toggle(dim, v.id)}
                  data-filter={`${dim}:${v.id}`}
                />
                <span className="flex-1">{v.label[lang]}</span>
                {/* Said in words ("13 figures"): a bare number beside a filter reads as anything. */}
                <span className="text-xs whitespace-nowrap text-[var(--muted)] tabular-nums">
                  {t('filters.countFacts', { n: count })}
                  {count === 0 && <span className="sr-only">: {t('filters.wouldEmpty')}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
