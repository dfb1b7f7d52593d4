import { memo } from 'react';
import { ChartFigure } from '../../charts/ChartFigure';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Menu } from '../../components/Menu';
import type { Grouping } from '../../data/schema';
import { useLang, useT } from '../../state/hooks';
import { useChartExport } from './useChartExport';
import { useChartProps } from './useChartProps';
import { useRegisterExporter } from './exportRegistry';

/**
 * One grouping of the dataset drawn as a chart, wired to filters, highlight,
 * provenance and export. Behind its own boundary: a chart that fails says so
 * in its place and the rest of the panel goes on working.
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
  return <ChartFigure {...props} toolbar={(getSvg) => <ExportMenu props={props} getSvg={getSvg} />} />;
}

function ExportMenu({
  props,
  getSvg,
}: {
  props: ReturnType<typeof useChartProps>;
  getSvg: () => SVGSVGElement | null;
}) {
  const { model, t, sourceLine } = props;
  const { items, png, prefetch } = useChartExport(model, getSvg, sourceLine);
  useRegisterExporter(model.id, { png: () => png(2) });
  return (
    <Menu
      label={t('export.button')}
      labelRest={t('export.nameRest', { title: model.title })}
      items={items}
      onIntent={prefetch}
    />
  );
}
