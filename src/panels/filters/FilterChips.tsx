import { DIMENSIONS } from '../../data/vocab';
import { dimensionLabel, hasFilters } from '../../data/selectors';
import { useContentFilters, useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';

/** The active filters as removable chips, with one "clear all". */
export function FilterChips() {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  // As the content shows them: the click paints its checkbox at once; the chips (whose first one moves
  // the page down a row) come with the figures they describe.
  const filters = useContentFilters();
  const area = useStore((s) => s.view.area);
  const { toggleFilter, clearFilters, openArea } = useStore.getState();
  const areaTitle = area === 'checks' ? t('nav.checks') : area ? d.areas.find((a) => a.id === area)?.title[lang] : null;
  if (!hasFilters(filters) && !areaTitle) return null;
  const chips = DIMENSIONS.flatMap((dim) =>
    filters[dim].map((id) => ({
      key: `${dim}:${id}`,
      label: t('filters.pair', { dim: t(`dim.${dim}`), values: dimensionLabel(d, dim, id)?.[lang] ?? id }),
      remove: () => toggleFilter(dim, id),
    })),
  );
  if (areaTitle)
    chips.unshift({
      key: `area:${area}`,
      label: t('filters.pair', { dim: t('dim.area'), values: areaTitle }),
      remove: () => openArea(null),
    });
  return (
    <div className="no-print flex flex-wrap items-center gap-2" role="group" aria-label={t('filters.active')}>
      {chips.map((c) => (
        <button
          key={c.key}
          type="button"
          data-chip={c.key}
          onClick={c.remove}
          className="rounded-full border border-[var(--border)] bg-[var(--surface)] px-3 py-1 text-sm"
        >
          {/* The name is "Remove filter: Channel: Weibo"; it contains the chip's visible words (WCAG 2.5.3). */}
          <span className="sr-only">{t('filters.remove')} </span>
          {c.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      {hasFilters(filters) && (
        <button type="button" onClick={clearFilters} className="text-sm underline underline-offset-2">
          {t('filters.clearAll')}
        </button>
      )}
    </div>
  );
}
