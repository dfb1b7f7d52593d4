import { useCallback, useDeferredValue, useMemo } from 'react';
import { buildChartModel, visibleBarKey, type ChartBar } from '../../charts/model';
import type { Grouping } from '../../data/schema';
import { indexDataset, isHighlighted } from '../../data/selectors';
import { formatAmount, formatFact, formatNumber, formatTick } from '../../i18n/format';
import { formatSections } from '../../i18n/sections';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { NoMatch } from './useFilterSummary';

/**
 * Wires one grouping to the store: its model under the current filters and
 * language, the highlight that concerns it, and what hover and click do.
 */
export function useChartProps(grouping: Grouping) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  // The chart listens to which of its bars pass the filters, not to the filters: a filter
  // that leaves its bars as they were does not re-render it. Deferred: the click paints the
  // checkbox, chips and figures at once, and the (costlier) chart follows in a transition.
  const visible = useDeferredValue(useStore((s) => visibleBarKey(grouping, d, s.view)));
  const model = useMemo(
    () => buildChartModel(grouping, d, useStore.getState().view, lang),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `visible` stands for the filters this model depends on
    [grouping, d, visible, lang],
  );
  // Only a highlight that touches one of this chart's bars re-renders it.
  const highlight = useStore((s) =>
    s.highlight && model.bars.some((b) => isHighlighted(b.tags, s.highlight)) ? s.highlight : null,
  );
  const { toggleFilter, openFact, setHighlight } = useStore.getState();

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
  // Stable handlers: a re-render of this chart must not re-render each of its marks.
  const onHover = useCallback(
    (bar: ChartBar | null) => {
      if (dimension) setHighlight(bar ? { dimension, id: bar.key } : null);
    },
    [dimension, setHighlight],
  );
  const onActivate = useCallback(
    (bar: ChartBar) => (dimension ? toggleFilter(dimension, bar.key) : openFact(bar.factId)),
    [dimension, toggleFilter, openFact],
  );
  return {
    model,
    t,
    highlight,
    valueLabel,
    tick,
    onHover,
    onActivate,
    onOpenFact: openFact,
    emptyMessage: <NoMatch />,
    sumLabel: (sum: number) => t('chart.sum', { value: formatAmount(sum, unit, d.units, lang, model.noun) }),
    sourceLine: t('app.source', { title: d.meta.title[lang], section: formatSections(model.sections, lang) }),
  };
}
