import { chartGeometry } from './geometry';
import type { ChartModel } from './model';
import { chartScene, type Shape } from './scene';

/**
 * A chart as something that can be laid out at any width: what the screen and
 * every export size draw. Bars (a report's groupings) and columns (a series
 * over the years) both come down to this.
 */
export interface ChartDrawing {
  /** Names the chart's patterns, so two charts in one document do not share them. */
  id: string;
  layout: (width: number, fontSize: number) => { width: number; height: number; shapes: Shape[] };
  /** Legend entries, each keyed to a series style. */
  legend: { label: string; seriesIndex: number }[];
}

export function barDrawing(
  model: ChartModel,
  valueLabels: readonly string[],
  tickLabel: (value: number, axisMax: number) => string,
): ChartDrawing {
  return {
    id: model.id,
    layout: (width, fontSize) => {
      const g = chartGeometry(model, { width, valueLabels, tickLabel, fontSize });
      return { width: g.width, height: g.height, shapes: chartScene(g) };
    },
    legend: model.kind === 'grouped-bar' ? model.series.map((s, i) => ({ label: s.label, seriesIndex: i })) : [],
  };
}
