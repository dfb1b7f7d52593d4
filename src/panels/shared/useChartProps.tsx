import { useCallback, useMemo } from 'react';
import { buildChartModel, mixedShares, type ChartBar, type ChartModel } from '../../charts/model';
import type { Grouping } from '../../data/schema';
import { isHighlighted, type Highlight } from '../../data/selectors';
import { barCheckNotes, barValueLabel, labelTogether } from '../../charts/valueLabel';
import { formatAmount, formatTick } from '../../i18n/format';
import { formatSections } from '../../i18n/sections';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { NoMatch } from './useFilterSummary';

/** What selecting a bar selects: its dimension value where the chart has one, else the figure itself. */
export function barSelection(model: ChartModel, bar: ChartBar): Highlight {
  return model.dimension ? { dimension: model.dimension, id: bar.key } : { dimension: 'fact', id: bar.factId };
}

const touches = (model: ChartModel, h: Highlight | null) =>
  h !== null && model.bars.some((b) => isHighlighted(b.tags, h, b.factId));

/**
 * Wires one grouping to the store: its model under the current filters and
 * language, the hover and selection that concern it, and what hover and click do.
 * `visible` is the key of its bars that pass the filters (model.visibleBarKey) and `shownSelection` the
 * selection if it may touch them, both as shown (a transition behind the click).
 */
export function useChartProps(grouping: Grouping, visible: string, shownSelection: Highlight | null) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const model = useMemo(
    () => labelTogether(buildChartModel(grouping, d, useStore.getState().view, lang), t),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `visible` stands for the filters this model depends on
    [grouping, d, visible, lang, t],
  );
  // Only a hover or selection that touches one of this chart's bars re-renders it.
  const hovered = useStore((s) => (touches(model, s.highlight) ? s.highlight : null));
  const selection = touches(model, shownSelection) ? shownSelection : null;
  const active = hovered ?? selection;
  const { openFact, setHighlight, select } = useStore.getState();

  const valueLabel = useCallback((bar: ChartBar) => barValueLabel(d, model, bar, lang, t), [d, model, lang, t]);
  const checkNotes = useCallback((bar: ChartBar) => barCheckNotes(d, bar, lang, t), [d, lang, t]);
  const checkNote = model.bars.some((b) => b.check === 'does-not-hold') ? t('chart.checkNote') : null;
  const unit = model.unit;
  const tick = useCallback(
    (v: number, axisMax: number) => formatTick(v, unit, d.units, lang, axisMax),
    [unit, d, lang],
  );
  const lit = useMemo(() => (active ? (b: ChartBar) => isHighlighted(b.tags, active, b.factId) : null), [active]);
  const selected = useCallback((b: ChartBar) => isHighlighted(b.tags, selection, b.factId), [selection]);
  // Stable handlers: a re-render of this chart must not re-render each of its marks.
  const onHover = useCallback(
    (bar: ChartBar | null) => setHighlight(bar ? barSelection(model, bar) : null),
    [model, setHighlight],
  );
  const onActivate = useCallback((bar: ChartBar) => select(barSelection(model, bar)), [model, select]);
  const shares = mixedShares(model);
  const asWritten = shares && t('chart.sharesAsWritten', { examples: shares.join(t('list.sep')) });
  const notes = [
    model.note,
    asWritten,
    model.sum !== null ? t('chart.sum', { value: formatAmount(model.sum, unit, d.units, lang, model.noun) }) : null,
    checkNote,
  ].filter((n): n is string => Boolean(n));
  return {
    model,
    t,
    lit,
    selected,
    selection,
    valueLabel,
    checkNotes,
    checkNote,
    asWritten,
    tick,
    onHover,
    onActivate,
    onOpenFact: openFact,
    emptyMessage: <NoMatch />,
    notes,
    sumLabel: (sum: number) => t('chart.sum', { value: formatAmount(sum, unit, d.units, lang, model.noun) }),
    sourceLine: t('app.source', { title: d.meta.title[lang], section: formatSections(model.sections, lang) }),
  };
}
