import { useCallback, useMemo } from 'react';
import { buildChartModel, type ChartBar } from '../../charts/model';
import type { Grouping } from '../../data/schema';
import { indexDataset, isHighlighted } from '../../data/selectors';
import { formatAmount, formatFact, formatNumber, formatTick } from '../../i18n/format';
import { useDataset, useFilters, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { useFilterSummary } from './useFilterSummary';

/**
 * Wires one grouping to the store: its model under the current filters and
 * language, the highlight that concerns it, and what hover and click do.
 */
export function useChartProps(grouping: Grouping) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const filters = useFilters();
  const model = useMemo(() => buildChartModel(grouping, d, filters, lang), [grouping, d, filters, lang]);
  // Only a highlight that touches one of this chart's bars re-renders it.
  const highlight = useStore((s) =>
    s.highlight && model.bars.some((b) => isHighlighted(b.tags, s.highlight)) ? s.highlight : null,
  );
  const { toggleFilter, openFact, setHighlight } = useStore.getState();
  const filterSummary = useFilterSummary();

  const valueLabel = useCallback(
    (bar: ChartBar) => {
      const fact = indexDataset(d).factById.get(bar.factId);
      const value = fact ? formatFact(fact, d.units, lang, t) : String(bar.value);
      return bar.share ? `${value} (${formatNumber(bar.share.value, lang)}%)` : value;
    },
    [d, lang, t],
  );
  const unit = model.unit;
  const tick = useCallback((v: number) => formatTick(v, unit, d.units, lang), [unit, d, lang]);
  const dimension = model.dimension;
  return {
    model,
    t,
    highlight,
    valueLabel,
    tick,
    onHover: (bar: ChartBar | null) => {
      if (dimension) setHighlight(bar ? { dimension, id: bar.key } : null);
    },
    onActivate: (bar: ChartBar) => (dimension ? toggleFilter(dimension, bar.key) : openFact(bar.factId)),
    onOpenFact: openFact,
    emptyMessage: t('filters.noMatch', { filters: filterSummary }),
    sumLabel: (sum: number) => t('chart.sum', { value: formatAmount(sum, unit, d.units, lang) }),
    sourceLine: t('app.source', { title: d.meta.title[lang], section: model.sections.join('、') }),
  };
}
