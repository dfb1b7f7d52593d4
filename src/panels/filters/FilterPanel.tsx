import { memo, useMemo } from 'react';
import { DIMENSIONS, type Dimension } from '../../data/vocab';
import { facetCounts } from '../../data/selectors';
import { useContentFilters, useDataset, useLang, useT } from '../../state/hooks';
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
  const selected = useStore((s) => s.view[dim]);
  // The counts follow the content: a click paints its box at once, the counts with the figures.
  const filters = useContentFilters();
  const n = useMemo(() => facetCounts(d, filters, dim), [d, filters, dim]);
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <ul className="space-y-0.5">
        {d.dimensions[dim].map((v) => (
          <FilterOption
            key={v.id}
            dim={dim}
            id={v.id}
            label={v.label[lang]}
            count={n.get(v.id) ?? 0}
            checked={selected.includes(v.id)}
          />
        ))}
      </ul>
    </fieldset>
  );
}

/** One value; memoized so a click re-renders only the boxes whose state or count changed. */
const FilterOption = memo(function FilterOption(props: {
  dim: Dimension;
  id: string;
  label: string;
  count: number;
  checked: boolean;
}) {
  const { dim, id, label, count, checked } = props;
  const t = useT();
  const toggle = useStore((s) => s.toggleFilter);
  return (
    <li>
      <label
        className={`flex items-center gap-2 text-sm ${count === 0 ? 'text-[var(--muted)] line-through' : ''}`}
        data-empty={count === 0 ? 'true' : undefined}
      >
        <input
          type="checkbox"
          checked={checked}
          disabled={count === 0 && !checked}
          onChange={() => toggle(dim, id)}
          data-filter={`${dim}:${id}`}
        />
        <span className="flex-1">{label}</span>
        {/* Said in words ("13 figures"): a bare number beside a filter reads as anything. */}
        <span className="text-xs whitespace-nowrap text-[var(--muted)] tabular-nums">
          {t('filters.countFacts', { n: count })}
          {count === 0 && <span className="sr-only">: {t('filters.wouldEmpty')}</span>}
        </span>
      </label>
    </li>
  );
});
