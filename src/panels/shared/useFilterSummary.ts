import { DIMENSIONS } from '../../data/vocab';
import { dimensionLabel } from '../../data/selectors';
import { useDataset, useFilters, useLang, useT } from '../../state/hooks';

/** The active filters in words, e.g. "Channel: Weibo; Level: City". */
export function useFilterSummary(): string {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = useFilters();
  return DIMENSIONS.filter((dim) => filters[dim].length > 0)
    .map(
      (dim) => `${t(`dim.${dim}`)}: ${filters[dim].map((id) => dimensionLabel(d, dim, id)?.[lang] ?? id).join(', ')}`,
    )
    .join('; ');
}
