import { memo } from 'react';
import { ChartFigure } from '../../charts/ChartFigure';
import { Menu } from '../../components/Menu';
import type { Grouping } from '../../data/schema';
import { useChartExport } from './useChartExport';
import { useChartProps } from './useChartProps';
import { useRegisterExporter } from './exportRegistry';

/** One grouping of the dataset drawn as a chart, wired to filters, highlight, provenance and export. */
export const ChartBlock = memo(function ChartBlock({ grouping }: { grouping: Grouping }) {
  const props = useChartProps(grouping);
  return <ChartFigure {...props} toolbar={(getSvg) => <ExportMenu props={props} getSvg={getSvg} />} />;
});

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
      name={t('export.name', { title: model.title })}
      items={items}
      onIntent={prefetch}
    />
  );
}
