import type { Dataset, Lang } from '../../data/schema';
import { dimensionLabel, type Filters } from '../../data/selectors';
import { DIMENSIONS } from '../../data/vocab';
import type { Translate } from '../../i18n/messages';
import { useContentFilters, useDataset, useLang, useT } from '../../state/hooks';

/** The active filters in words, e.g. "Channel: Weibo; Level: City". */
export function describeFilters(d: Dataset, filters: Filters, lang: Lang, t: Translate): string {
  return DIMENSIONS.filter((dim) => filters[dim].length > 0)
    .map(
      (dim) => `${t(`dim.${dim}`)}: ${filters[dim].map((id) => dimensionLabel(d, dim, id)?.[lang] ?? id).join(', ')}`,
    )
    .join('; ');
}

export function useFilterSummary(): string {
  return describeFilters(useDataset(), useContentFilters(), useLang(), useT());
}

/** "Nothing here matches the filters (…)": its own component, so only an empty chart listens to the filters. */
export function NoMatch() {
  const t = useT();
  return <>{t('filters.noMatch', { filters: useFilterSummary() })}</>;
}
