import { memo } from 'react';
import { ChartFigure } from '../../charts/ChartFigure';
import type { Grouping } from '../../data/schema';
import { useChartProps } from './useChartProps';

/** One grouping of the dataset drawn as a chart, wired to filters, highlight and provenance. */
export const ChartBlock = memo(function ChartBlock({ grouping }: { grouping: Grouping }) {
  const props = useChartProps(grouping);
  return <ChartFigure {...props} />;
});
