import { memo, useCallback, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { YAxisTickContentProps } from 'recharts/types/util/types';
import { isHighlighted, type Highlight } from '../data/selectors';
import { FONT_SIZE, fitLabel, type ChartLayout } from './layout';
import { markShape, MarkContext, type MarkContextValue } from './Mark';
import { chartRows, type ChartBar, type ChartModel } from './model';
import { patternId, seriesStyle } from './palette';

/**
 * The Recharts renderer: horizontal bars with their values written beside
 * them. Loaded on demand (it carries Recharts), so figures paint first.
 * Animation is off: charts must be settled for export and quick to filter.
 */

export interface ChartViewProps {
  model: ChartModel;
  layout: ChartLayout;
  valueLabel: (bar: ChartBar) => string;
  markLabel: (bar: ChartBar) => string;
  tick: (value: number) => string;
  highlight: Highlight | null;
  onHover: (bar: ChartBar | null) => void;
  onActivate: (bar: ChartBar) => void;
}

const textStyle = { fill: 'var(--chart-text)', fontSize: FONT_SIZE };

/**
 * Highlight and handlers reach the marks through context, so hovering re-renders
 * the marks only. Recharts rebuilds (and remounts) its bars whenever the chart
 * itself re-renders, which would drop the keyboard focus of the hovered mark.
 */
export default function BarChartView({ model, layout, tick, highlight, ...handlers }: ChartViewProps) {
  const rows = useMemo(() => chartRows(model), [model]);
  const { valueLabel, markLabel, onHover, onActivate } = handlers;
  // Memoized, so re-rendering the chart with nothing new does not re-render each mark.
  const marks: MarkContextValue = useMemo(
    () => ({
      chartId: model.id,
      barAt: new Map(model.bars.map((b) => [`${b.key}|${b.series ?? 'value'}`, b])),
      rowKeys: rows.map((r) => String(r.key)),
      highlight,
      anyLit: model.bars.some((b) => isHighlighted(b.tags, highlight)),
      valueLabel,
      markLabel,
      onHover,
      onActivate,
    }),
    [model, rows, highlight, valueLabel, markLabel, onHover, onActivate],
  );
  return (
    <MarkContext value={marks}>
      <Chart model={model} rows={rows} layout={layout} tick={tick} />
    </MarkContext>
  );
}

interface ChartProps {
  model: ChartModel;
  rows: Record<string, string | number>[];
  layout: ChartLayout;
  tick: (value: number) => string;
}

const Chart = memo(function Chart({ model, rows, layout, tick }: ChartProps) {
  const seriesKeys = model.series.length > 0 ? model.series.map((s) => s.key) : ['value'];
  const labelWidth = layout.labelWidth;
  const categoryTick = useCallback(
    ({ x, y, payload }: YAxisTickContentProps) => (
      <text x={Number(x) - 4} y={y} dy="0.35em" textAnchor="end" style={textStyle}>
        {fitLabel(String(payload.value), labelWidth - 16)}
      </text>
    ),
    [labelWidth],
  );
  return (
    <BarChart
      layout="vertical"
      width={layout.width}
      height={layout.height}
      data={rows}
      margin={layout.margin}
      accessibilityLayer={false}
      barGap={4}
      barCategoryGap={12}
    >
      <defs>
        {model.series.map((_, i) =>
          seriesStyle(i).pattern === 'solid' ? null : (
            <pattern key={i} id={patternId(model.id, i)} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" style={{ fill: seriesStyle(i).color, fillOpacity: 0.35 }} />
              {seriesStyle(i).pattern === 'stripes' ? (
                <path d="M0,6 L6,0" style={{ stroke: seriesStyle(i).color, strokeWidth: 2 }} />
              ) : (
                <circle cx="3" cy="3" r="1.6" style={{ fill: seriesStyle(i).color }} />
              )}
            </pattern>
          ),
        )}
      </defs>
      <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
      <XAxis type="number" tickFormatter={tick} tick={textStyle} tickCount={4} stroke="var(--chart-grid)" />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth}
        tick={categoryTick}
        interval={0}
        stroke="var(--chart-grid)"
      />
      {seriesKeys.map((key, i) => (
        <Bar
          key={key}
          dataKey={key}
          isAnimationActive={false}
          barSize={layout.barSize}
          shape={markShape(i, key)}
          name={model.series[i]?.label ?? model.title}
        />
      ))}
    </BarChart>
  );
});
