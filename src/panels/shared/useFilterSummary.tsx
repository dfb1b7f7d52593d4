import type { Dataset, Lang } from '../../data/schema';
import { dimensionLabel, type Filters } from '../../data/selectors';
import { DIMENSIONS } from '../../data/vocab';
import type { Translate } from '../../i18n/messages';
import { useContentFilters, useDataset, useLang, useT } from '../../state/hooks';

/** The active filters in words, e.g. "Channel: Weibo; Level: City" (渠道：政务微博；层级：市级). */
export function describeFilters(d: Dataset, filters: Filters, lang: Lang, t: Translate): string {
  return DIMENSIONS.filter((dim) => filters[dim].length > 0)
    .map((dim) =>
      t('filters.pair', {
        dim: t(`dim.${dim}`),
        values: filters[dim].map((id) => dimensionLabel(d, dim, id)?.[lang] ?? id).join(t('list.sep')),
      }),
    )
    .reduce((a, b) => (a ? t('filters.join', { a, b }) : b), '');
}

export function useFilterSummary(): string {
  return describeFilters(useDataset(), useContentFilters(), useLang(), useT());
}

/** "Nothing here matches the filters (…)": its own component, so only an empty chart listens to the filters. */
export function NoMatch() {
  const t = useT();
  return <>{t('filters.noMatch', { filters: useFilterSummary() })}</>;
}
