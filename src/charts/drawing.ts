import type { ColumnOptions } from './columnLayout';
import type { ChartModel } from './model';

/**
 * A chart as something an export can lay out at any size and draw: a report's
 * grouping as bars, or a series over the years as columns. Data only; the
 * export draws it with the same Recharts components as the screen.
 */
export type ChartDrawing = {
  /** Names the chart's patterns, so two charts in one document do not share them. */
  id: string;
  /** Legend entries, each keyed to a series style. */
  legend: { label: string; seriesIndex: number }[];
} & (
  | {
      kind: 'bars';
      model: ChartModel;
      valueLabels: readonly string[];
      tickLabel: (value: number, axisMax: number) => string;
    }
  | { kind: 'columns'; options: Omit<ColumnOptions, 'width' | 'fontSize' | 'height'> }
);

export function barDrawing(
  model: ChartModel,
  valueLabels: readonly string[],
  tickLabel: (value: number, axisMax: number) => string,
): ChartDrawing {
  return {
    kind: 'bars',
    id: model.id,
    model,
    valueLabels,
    tickLabel,
    legend: model.kind === 'grouped-bar' ? model.series.map((s, i) => ({ label: s.label, seriesIndex: i })) : [],
  };
}
