import { memo } from 'react';
import { ChartFigure } from '../../charts/ChartFigure';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Menu } from '../../components/Menu';
import type { Grouping } from '../../data/schema';
import { useLang, useT } from '../../state/hooks';
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
  const props = useChartProps(grouping);
  const { selection, notes, ...figure } = props;
  return (
    <ChartFigure
      {...figure}
      selection={selection && <SelectionBar model={props.model} selection={selection} />}
      toolbar={(width) => <ExportMenu props={props} notes={notes} width={width} />}
    />
  );
}

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
