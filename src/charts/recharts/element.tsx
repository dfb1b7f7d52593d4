import type { ReactElement } from 'react';
import { barLayout, type BarLayout } from '../barLayout';
import { columnLayout, type ColumnLayout } from '../columnLayout';
import type { ChartDrawing } from '../drawing';
import type { ChartColors } from '../palette';
import BarChartView from './BarChartView';
import ColumnChartView from './ColumnChartView';

/** The drawing laid out at a width, and at a height to fill (a fixed-size export) or its own. */
export function drawingLayout(
  d: ChartDrawing,
  width: number,
  fontSize: number,
  height?: number,
): BarLayout | ColumnLayout {
  return d.kind === 'bars'
    ? barLayout(d.model, { width, valueLabels: d.valueLabels, tickLabel: d.tickLabel, fontSize, height })
    : columnLayout({ ...d.options, width, fontSize, height });
}

/** The drawing as the Recharts element the screen shows, without interaction: what an export renders off screen. */
export function drawingElement(d: ChartDrawing, layout: BarLayout | ColumnLayout, colors: ChartColors): ReactElement {
  if (d.kind === 'bars' && layout.kind === 'bars')
    return (
      <BarChartView
        model={d.model}
        layout={layout}
        colors={colors}
        valueLabel={(b) => d.valueLabels[d.model.bars.indexOf(b)] ?? ''}
        interaction={null}
      />
    );
  if (d.kind === 'columns' && layout.kind === 'columns')
    return <ColumnChartView id={d.id} slots={d.options.slots} layout={layout} colors={colors} interaction={null} />;
  throw new Error(`drawing ${d.id}: layout of another kind`);
}
