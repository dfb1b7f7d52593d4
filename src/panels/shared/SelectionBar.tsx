import type { ChartBar, ChartModel } from '../../charts/model';
import { dimensionLabel, isHighlighted, type Highlight } from '../../data/selectors';
import { useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';

/**
 * Under a chart with a selected bar: what is selected, and the two deliberate
 * actions a click no longer takes by itself (open the figure's source, filter the
 * page to it), plus a way to clear the selection.
 */
export function SelectionBar({ model, selection }: { model: ChartModel; selection: Highlight }) {
  const d = useDataset();
  const lang = useLang();
  const t = useT();
  const { openFact, filterToSelection, select } = useStore.getState();
  const bar: ChartBar | undefined = model.bars.find((b) => isHighlighted(b.tags, selection, b.factId));
  if (!bar) return null;
  const label =
    selection.dimension === 'fact'
      ? [bar.keyLabel, bar.seriesLabel].filter(Boolean).join(' · ')
      : (dimensionLabel(d, selection.dimension, selection.id)?.[lang] ?? selection.id);
  const dimension = selection.dimension === 'fact' ? null : selection.dimension;
  const button = 'rounded border border-[var(--border)] px-2 py-0.5';
  return (
    <div className="no-print mt-2 flex flex-wrap items-center gap-2 text-sm" data-testid="selection-bar">
      <span className="font-semibold">{t('select.selected', { label })}</span>
      <button type="button" className={button} onClick={() => openFact(bar.factId)}>
        {t('select.source')}
      </button>
      {dimension && (
        <button type="button" className={button} onClick={filterToSelection}>
          {t('select.filter', { label })}
        </button>
      )}
      <button type="button" className={button} onClick={() => select(null)}>
        {t('select.clear')}
      </button>
    </div>
  );
}
