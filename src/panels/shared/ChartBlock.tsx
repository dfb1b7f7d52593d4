import { memo, useDeferredValue } from 'react';
import { ChartFigure } from '../../charts/ChartFigure';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Menu } from '../../components/Menu';
import type { Dataset, Grouping } from '../../data/schema';
import { stableFilters, useDataset, useLang, useT } from '../../state/hooks';
import { useStore } from '../../state/store';
import { touchesGrouping, visibleBarKey } from '../../charts/model';
import type { Filters, Highlight } from '../../data/selectors';
import { SelectionBar } from './SelectionBar';
import { useChartExport } from './useChartExport';
import { useChartProps } from './useChartProps';
import { useRegisterExporter } from './exportRegistry';

/**
 * One grouping of the dataset drawn as a chart, wired to filters, hover,
 * selection, provenance and export. Behind its own boundary: a chart that fails
 * says so in its place and the rest of the panel goes on working.
 */
export const ChartBlock = memo(function ChartBlock({ grouping }: { grouping: Grouping }) {
  const t = useT();
  const lang = useLang();
  return (
    <ErrorBoundary
      fallback={(e) => (
        <figure data-chart-id={grouping.id} className="rounded-lg border border-[var(--bad)] p-3" data-failed="true">
          <figcaption className="font-semibold">{grouping.title[lang]}</figcaption>
          <p role="alert" className="mt-1 text-sm">
            {t('chart.failed', { message: e.message })}
          </p>
        </figure>
      )}
    >
      <WiredChart grouping={grouping} />
    </ErrorBoundary>
  );
});

function WiredChart({ grouping }: { grouping: Grouping }) {
  // The chart listens to which of its bars pass the filters, not to the filters: a filter
  // that leaves its bars as they were does not re-render it. Deferred, and read here, above
  // the memoized chart: the click renders only this line before it paints; the chart follows
  // in a transition.
  const d = useDataset();
  const visible = useDeferredValue(useStore((s) => barKey(grouping, d, stableFilters(s.view))));
  // So is a selection (a click on a bar paints the URL, cards and table first).
  const selected = useDeferredValue(
    useStore((s) => (touchesGrouping(grouping, d, s.view.select) ? s.view.select : null)),
  );
  return <Chart grouping={grouping} visible={visible} selected={selected} />;
}

// Every chart's selector runs on every change to the store (a hover, a click): the key is worked out once per filters.
const barKeys = new WeakMap<Filters, WeakMap<Grouping, { d: Dataset; key: string }>>();
function barKey(g: Grouping, d: Dataset, filters: Filters): string {
  let byGrouping = barKeys.get(filters);
  if (!byGrouping) barKeys.set(filters, (byGrouping = new WeakMap()));
  const known = byGrouping.get(g);
  if (known?.d === d) return known.key;
  const key = visibleBarKey(g, d, filters);
  byGrouping.set(g, { d, key });
  return key;
}

const Chart = memo(function Chart(props: { grouping: Grouping; visible: string; selected: Highlight | null }) {
  const { grouping, visible, selected } = props;
  const wired = useChartProps(grouping, visible, selected);
  const { selection, notes, ...figure } = wired;
  return (
    <ChartFigure
      {...figure}
      selection={selection && <SelectionBar model={wired.model} selection={selection} />}
      toolbar={(width) => <ExportMenu props={wired} notes={notes} width={width} />}
    />
  );
});

function ExportMenu({
  props,
  notes,
  width,
}: {
  props: ReturnType<typeof useChartProps>;
  notes: string[];
  width: number;
}) {
  const { model, t, sourceLine, valueLabel, tick } = props;
  const exporter = useChartExport({ model, valueLabel, tick, notes, sourceLine, width });
  useRegisterExporter(model.id, { png: () => exporter.png(2), svg: exporter.svg });
  return (
    <Menu
      label={t('export.button')}
      labelRest={t('export.nameRest', { title: model.title })}
      items={exporter.items}
      groups={exporter.groups}
      onIntent={exporter.prefetch}
    />
  );
}

/** Charts two to a row on a wide screen; one alone in its row (the last of an odd number) takes the whole width. */
export const ONE_OR_TWO = 'grid gap-4 xl:grid-cols-2 xl:[&>:last-child:nth-child(odd)]:col-span-2';
